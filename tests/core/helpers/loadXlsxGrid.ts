/** Test-only: read one sheet of an .xlsx into a Grid the way a host would (merged slaves blanked). */
import ExcelJS from "exceljs";
import type { Grid } from "../../../src/core";
import type { RawValue } from "../../../src/core";
import type { RangeRef } from "../../../src/core";
import { rangeFromA1 } from "../../../src/core";

export { WORKBOOKS as FIXTURES } from "../../paths";

export async function loadXlsxGrid(file: string, sheetName?: string): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = sheetName ? wb.getWorksheet(sheetName) : wb.worksheets[0];
  if (!ws) throw new Error(`no sheet ${sheetName ?? ""}`);
  const merges: RangeRef[] = ((ws.model as { merges?: string[] }).merges ?? []).map(rangeFromA1);
  const slave = new Set<string>();
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) slave.add(`${r}:${c}`);
  const rows = ws.rowCount;
  const cols = ws.columnCount;
  const values: RawValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 1; r <= rows; r++) {
    const vr: RawValue[] = [];
    const fr: (string | null)[] = [];
    const nr: string[] = [];
    for (let c = 1; c <= cols; c++) {
      const cell = ws.getCell(r, c);
      const { value, formula } = slave.has(`${r}:${c}`)
        ? { value: null, formula: null }
        : toRaw(cell.value);
      vr.push(value);
      fr.push(formula);
      nr.push(cell.numFmt || "General");
    }
    values.push(vr);
    formulas.push(fr);
    numberFormats.push(nr);
  }
  return { sheet: ws.name, top: 1, left: 1, values, formulas, numberFormats, merges };
}

function toRaw(v: ExcelJS.CellValue): { value: RawValue; formula: string | null } {
  if (v === null || v === undefined) return { value: null, formula: null };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean")
    return { value: v, formula: null };
  if (v instanceof Date) return { value: 25569 + v.getTime() / 86400000, formula: null };
  const o = v as unknown as Record<string, unknown>;
  if ("formula" in o || "sharedFormula" in o) {
    const inner = toRaw((o.result ?? null) as ExcelJS.CellValue).value;
    return { value: inner, formula: `=${String(o.formula ?? o.sharedFormula)}` };
  }
  if ("error" in o) return { value: { error: String(o.error) }, formula: null };
  if ("richText" in o)
    return { value: (o.richText as { text: string }[]).map((t) => t.text).join(""), formula: null };
  if ("text" in o) return { value: String(o.text), formula: null };
  return { value: String(v), formula: null };
}
