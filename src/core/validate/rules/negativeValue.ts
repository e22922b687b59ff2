import type { IssueDraft, ValidationContext, ValidationRule } from "../types";
import { listNumericCells } from "../cellValues";

/** Any count or rate below 0 (a negative projected rate usually means the cut exceeds the poor households). */
export const negativeValue: ValidationRule = {
  code: "NEGATIVE_VALUE",
  severity: "error",
  check: (ctx: ValidationContext): IssueDraft[] =>
    listNumericCells(ctx.rows).flatMap(({ row, role, cell }): IssueDraft[] =>
      cell.kind === "number" && cell.value < 0 ? [{ row: row.row, role, actual: cell.value }] : []
    ),
};
