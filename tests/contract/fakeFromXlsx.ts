import * as ExcelJS from "exceljs";
import { FakeExcel, type FakeCellSpec, type FakeExcelOptions } from "../excelFake/FakeExcel";
import type { FakeValue } from "../excelFake/fakeState";
import { restoreRawNumberFormats } from "../../src/xlsx/rawNumberFormats";
import { ZipPackage } from "../../src/xlsx/package/zipPackage";

const EPOCH_1900 = 25569;

/** An ExcelJS value as Office.js would show it in `range.values` (independent of the xlsx host's reader). */
function toOfficeValue(v: ExcelJS.CellValue): FakeValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.getTime() / 86_400_000 + EPOCH_1900;
  if ("error" in v) return v.error;
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("formula" in v || "sharedFormula" in v)
    return toOfficeValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("text" in v)
    return typeof v.text === "string" ? v.text : toOfficeValue(v.text as ExcelJS.CellValue);
  return "";
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill;
  if (fill?.type !== "pattern" || fill.pattern !== "solid") return undefined;
  const argb = fill.fgColor?.argb;
  return argb ? `#${argb.slice(-6).toUpperCase()}` : undefined;
}

/**
 * Seed a FakeExcel with the sheets of an .xlsx file, the way Excel would open it: values (formula cells keep
 * their cached result), formulas, number formats as written in the package (Office.js shows `0.00\%` as is, where
 * ExcelJS alone would unescape it), solid fills, merged areas (slaves empty), tab order.
 */
export async function fakeFromXlsx(
  data: Uint8Array,
  options: FakeExcelOptions = {}
): Promise<FakeExcel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const pkg = await ZipPackage.open(data);
  await restoreRawNumberFormats(wb, (name) => pkg.text(name));
  const fake = new FakeExcel(options);
  wb.eachSheet((ws) => {
    if (ws.state === "veryHidden") return;
    const cells: Record<string, FakeCellSpec> = {};
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const slave = cell.isMerged && cell.master !== cell;
        const formula = cell.formula ? `=${cell.formula}` : undefined;
        const fill = fillOf(cell);
        const numberFormat = cell.numFmt || undefined;
        const value = slave ? null : toOfficeValue(cell.value);
        const raw = cell.value as unknown;
        const result =
          raw !== null && typeof raw === "object" && "result" in raw
            ? (raw as { result: unknown }).result
            : raw;
        const isError =
          !slave && result !== null && typeof result === "object" && "error" in result;
        if ((value === null || value === "") && !formula && !fill && !numberFormat) return;
        cells[cell.address] = {
          value,
          ...(isError ? { error: String(value) } : {}),
          ...(formula && !slave ? { formula } : {}),
          ...(numberFormat ? { numberFormat } : {}),
          ...(fill ? { fill } : {}),
        };
      });
    });
    const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
    fake.addSheet({ name: ws.name, cells, merges });
  });
  // Defined names that refer to one cell (generated-sheet markers among them), as Excel opens them.
  const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] })
    .model;
  for (const n of names) {
    const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(\$?[A-Z]+\$?\d+)$/.exec(n.ranges[0] ?? "");
    const sheetName = m ? (m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]) : undefined;
    const sheet = fake.state.sheets.find((s) => s.name === sheetName);
    if (m && sheet)
      fake.state.names.push({ name: n.name, sheet, cell: m[3] ?? "$A$1", comment: "" });
  }
  return fake;
}
