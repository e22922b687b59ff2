import type { IssueDraft, ValidationContext, ValidationRule } from "../types";
import { listNumericCells } from "../cellValues";

/** Text that is not a number ("4 hộ", "khoảng 12") or a TRUE/FALSE in a number column; suggestion = leading number. */
export const notANumber: ValidationRule = {
  code: "NOT_A_NUMBER",
  severity: "error",
  check: (ctx: ValidationContext): IssueDraft[] =>
    listNumericCells(ctx.rows).flatMap(({ row, role, cell }): IssueDraft[] => {
      if (cell.kind === "boolean") return [{ row: row.row, role, actual: cell.value }];
      if (cell.kind !== "text") return [];
      const suggestion = cell.suggestion === undefined ? {} : { suggestion: cell.suggestion };
      return [{ row: row.row, role, actual: cell.text, ...suggestion }];
    }),
};
