/** Seed the strict Excel fake from a generated WorkbookSpec (the same workbook the xlsx host opens). */
import { rangeToA1 } from "../../src/core";
import { isCellError } from "../../src/core";
import type { FakeCellSpec, FakeSheetSpec } from "../excelFake/FakeExcel";
import type { WorkbookSpec } from "./appendix";

export function toFakeSpecs(spec: WorkbookSpec): FakeSheetSpec[] {
  return spec.sheets.map((s) => ({
    name: s.name,
    rows: s.values.map((row, i) =>
      row.map((v, j): FakeCellSpec => {
        const formula = s.formulas[i]?.[j] ?? null;
        const numberFormat = s.numberFormats[i]?.[j] ?? "General";
        const value = isCellError(v) ? v.error : v;
        if (formula === null && numberFormat === "General" && !isCellError(v)) return value;
        return {
          ...(value === null ? {} : { value }),
          ...(isCellError(v) ? { error: v.error } : {}),
          ...(formula === null ? {} : { formula }),
          ...(numberFormat === "General" ? {} : { numberFormat }),
        };
      })
    ),
    merges: s.merges.map(rangeToA1),
  }));
}
