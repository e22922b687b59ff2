import type { IssueDraft, ValidationContext, ValidationRule } from "../types";
import { listNumericCells } from "../cellValues";

/** An Excel error value (#DIV/0!, #REF!, #VALUE!, #N/A …) in a number column. */
export const cellError: ValidationRule = {
  code: "CELL_ERROR",
  severity: "error",
  check: (ctx: ValidationContext): IssueDraft[] =>
    listNumericCells(ctx.rows).flatMap(({ row, role, cell }): IssueDraft[] =>
      cell.kind === "error" ? [{ row: row.row, role, actual: cell.error }] : []
    ),
};
