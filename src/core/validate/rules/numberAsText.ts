import type { IssueDraft, ValidationContext, ValidationRule } from "../types";
import { listNumericCells } from "../cellValues";

/** Text that reads as a number ("98", "4,39"): understood as that number, but Excel will not add it up. */
export const numberAsText: ValidationRule = {
  code: "NUMBER_AS_TEXT",
  severity: "warning",
  check: (ctx: ValidationContext): IssueDraft[] =>
    listNumericCells(ctx.rows).flatMap(({ row, role, cell }): IssueDraft[] =>
      cell.kind === "number" && cell.fromText
        ? [
            {
              row: row.row,
              role,
              actual: cell.text ?? String(cell.value),
              params: { value: cell.value },
            },
          ]
        : []
    ),
};
