import type { IssueDraft, ValidationContext, ValidationRule } from "../types";

/**
 * The cuts of the unit rows do not add up to the commune target (only when a target is given and the cut column
 * exists and every cut is readable). Reported on the totals row's cut cell, else the last unit's.
 */
export const targetMismatch: ValidationRule = {
  code: "TARGET_MISMATCH",
  severity: "error",
  check: (ctx: ValidationContext): IssueDraft[] => {
    const target = ctx.options.target;
    const last = ctx.units[ctx.units.length - 1];
    if (target === undefined || ctx.data.layout.columns.poorCut === undefined || !last) return [];
    const sum = ctx.sum("poorCut");
    if (sum === undefined || Math.abs(sum - target) < 1e-9) return [];
    const row = ctx.data.totals?.row ?? last.row;
    return [{ row, role: "poorCut", actual: sum, expected: target }];
  },
};
