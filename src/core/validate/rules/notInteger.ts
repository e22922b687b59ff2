import { isCountRole } from "../../model/roles";
import type { IssueDraft, ValidationContext, ValidationRule } from "../types";
import { listNumericCells } from "../cellValues";

/** A count with a fraction (households are whole). */
export const notInteger: ValidationRule = {
  code: "NOT_INTEGER",
  severity: "error",
  check: (ctx: ValidationContext): IssueDraft[] =>
    listNumericCells(ctx.rows).flatMap(({ row, role, cell }): IssueDraft[] =>
      cell.kind === "number" &&
      isCountRole(role) &&
      Math.abs(cell.value - Math.round(cell.value)) > 1e-9
        ? [{ row: row.row, role, actual: cell.value, suggestion: Math.round(cell.value) }]
        : []
    ),
};
