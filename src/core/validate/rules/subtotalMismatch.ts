import { COUNT_ROLES } from "../../model/roles";
import type { CountRole } from "../../model/roles";
import { computeRate, isRateAgreeing, round2 } from "../../rates/computeRate";
import { RATE_DEFINITIONS } from "../../rates/rateDefinitions";
import { readNumber, sumCounts } from "../cellValues";
import type { IssueDraft, RowView, ValidationContext, ValidationRule } from "../types";

/**
 * A group's sub-total row ("I. Xã Hưng Thịnh (cũ)" with figures, "Cộng khu phố 3") disagrees with its own units: a
 * count ≠ the sum of the group's unit rows, or a rate ≠ the rate of those sums. Skipped when any input is unreadable.
 */
export const subtotalMismatch: ValidationRule = {
  code: "SUBTOTAL_MISMATCH",
  severity: "error",
  check: (ctx: ValidationContext): IssueDraft[] => {
    const byRow = new Map<number, RowView>(ctx.units.map((u) => [u.row, u]));
    return (ctx.data.groups ?? []).flatMap((g): IssueDraft[] => {
      if (g.subtotal === null || g.subtotalRow === null) return [];
      const row = g.subtotalRow;
      const cells = g.subtotal;
      const units = g.unitRows.flatMap((r) => byRow.get(r) ?? []);
      const sums = new Map<CountRole, number | undefined>();
      const sum = (role: CountRole): number | undefined => {
        if (!sums.has(role)) sums.set(role, sumCounts(units, role));
        return sums.get(role);
      };
      const params = { group: g.name };
      const counts = COUNT_ROLES.flatMap((role): IssueDraft[] => {
        const stated = readNumber(cells[role]);
        const expected = sum(role);
        if (stated === undefined || expected === undefined || Math.abs(stated - expected) < 1e-9)
          return [];
        return [{ row, role, actual: stated, expected, params }];
      });
      const rates = RATE_DEFINITIONS.flatMap((def): IssueDraft[] => {
        const stated = readNumber(cells[def.role]);
        const computed = computeRate(def, sum);
        if (stated === undefined || computed === undefined || isRateAgreeing(stated, computed))
          return [];
        return [{ row, role: def.role, actual: stated, expected: round2(computed), params }];
      });
      return [...counts, ...rates];
    });
  },
};
