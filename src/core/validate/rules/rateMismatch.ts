import { computeRate, isRateAgreeing, round2 } from "../../rates/computeRate";
import { RATE_DEFINITIONS } from "../../rates/rateDefinitions";
import type { IssueDraft, ValidationContext, ValidationRule } from "../types";
import { readNumber } from "../cellValues";

/**
 * A unit row's rate disagrees with its formula (computed, rounded to 2 decimals, ± 0.01). Skipped when an input is
 * unreadable or households is 0. The totals row is checked by TOTAL_MISMATCH.
 */
export const rateMismatch: ValidationRule = {
  code: "RATE_MISMATCH",
  severity: "error",
  check: (ctx: ValidationContext): IssueDraft[] =>
    ctx.units.flatMap((u) =>
      RATE_DEFINITIONS.flatMap((def): IssueDraft[] => {
        const stated = readNumber(u.cells[def.role]);
        if (stated === undefined) return [];
        const computed = computeRate(def, (role) => readNumber(u.cells[role]));
        if (computed === undefined || isRateAgreeing(stated, computed)) return [];
        return [{ row: u.row, role: def.role, actual: stated, expected: round2(computed) }];
      })
    ),
};
