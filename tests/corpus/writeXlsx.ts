/** Write a generated WorkbookSpec to .xlsx bytes with ExcelJS (test and bench helper, not product code). */
import ExcelJS from "exceljs";
import { isCellError } from "../../src/core";
import type { WorkbookSpec } from "./appendix";

export type SheetHook = (ws: ExcelJS.Worksheet, sheetIndex: number) => void;

export async function toXlsxBuffer(spec: WorkbookSpec, hook?: SheetHook): Promise<Buffer> {
  const wb = toExcelJsWorkbook(spec, hook);
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}

export function toExcelJsWorkbook(spec: WorkbookSpec, hook?: SheetHook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  spec.sheets.forEach((s, si) => {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((row, i) => {
      row.forEach((v, j) => {
        const formula = s.formulas[i]?.[j] ?? null;
        const fmt = s.numberFormats[i]?.[j] ?? "General";
        if (v === null && formula === null && fmt === "General") return;
        const cell = ws.getCell(i + 1, j + 1);
        if (formula !== null) {
          const result = isCellError(v) ? { error: v.error } : v;
          cell.value = { formula: formula.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
        } else if (isCellError(v)) {
          cell.value = { error: v.error } as ExcelJS.CellErrorValue;
        } else {
          cell.value = v;
        }
        if (fmt !== "General") cell.numFmt = fmt;
      });
    });
    for (const m of s.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    for (const r of s.hiddenRows) ws.getRow(r).hidden = true;
    hook?.(ws, si);
  });
  return wb;
}
