import { COUNT_ROLES } from "../../model/roles";
import { computeRate, isRateAgreeing, round2 } from "../../rates/computeRate";
import { RATE_DEFINITIONS } from "../../rates/rateDefinitions";
import type { IssueDraft, ValidationContext, ValidationRule } from "../types";
import { readNumber } from "../cellValues";

/**
 * The totals row disagrees with the data: a count ≠ the sum of the unit rows, or a rate ≠ the rate of those sums
 * (never of the totals row's own counts). Skipped when any input is unreadable.
 */
export const totalMismatch: ValidationRule = {
  code: "TOTAL_MISMATCH",
  severity: "error",
  check: (ctx: ValidationContext): IssueDraft[] => {
    const totals = ctx.data.totals;
    if (!totals) return [];
    const counts = COUNT_ROLES.flatMap((role): IssueDraft[] => {
      const stated = readNumber(totals.cells[role]);
      const sum = ctx.sum(role);
      if (stated === undefined || sum === undefined || Math.abs(stated - sum) < 1e-9) return [];
      return [{ row: totals.row, role, actual: stated, expected: sum }];
    });
    const rates = RATE_DEFINITIONS.flatMap((def): IssueDraft[] => {
      const stated = readNumber(totals.cells[def.role]);
      const computed = computeRate(def, ctx.sum);
      if (stated === undefined || computed === undefined || isRateAgreeing(stated, computed))
        return [];
      return [{ row: totals.row, role: def.role, actual: stated, expected: round2(computed) }];
    });
    return [...counts, ...rates];
  },
};
