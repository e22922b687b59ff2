import { cleanFloat } from "../../rates/cleanFloat";
import type { IssueDraft, ValidationContext, ValidationRule } from "../types";

/**
 * The cuts of the unit rows do not add up to the commune target (only when a target is given and the cut column
 * exists). An empty cut cell counts as 0 (no cut planned there yet); text or an error skips the check.
 * Reported on the totals row's cut cell, else the last unit's.
 */
export const targetMismatch: ValidationRule = {
  code: "TARGET_MISMATCH",
  severity: "error",
  check: (ctx: ValidationContext): IssueDraft[] => {
    const target = ctx.options.target;
    const last = ctx.units[ctx.units.length - 1];
    if (target === undefined || ctx.data.layout.columns.poorCut === undefined || !last) return [];
    let sum = 0;
    for (const u of ctx.units) {
      const cell = u.cells.poorCut;
      if (!cell || cell.kind === "empty") continue;
      if (cell.kind !== "number") return [];
      sum += cell.value;
    }
    if (!Number.isFinite(sum) || Math.abs(sum - target) < 1e-9) return [];
    const row = ctx.data.totals?.row ?? last.row;
    return [{ row, role: "poorCut", actual: cleanFloat(sum), expected: target }];
  },
};
