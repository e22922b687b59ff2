import type { IssueDraft, ValidationContext, ValidationRule } from "../types";
import { readNumber } from "../cellValues";

/** Poor households exceed all households (at the poor cell), or poor + near-poor do (at the near-poor cell); data rows only (the totals row is checked against the sums). */
export const poorExceedsHouseholds: ValidationRule = {
  code: "POOR_EXCEEDS_HOUSEHOLDS",
  severity: "error",
  check: (ctx: ValidationContext): IssueDraft[] =>
    ctx.units.flatMap((r): IssueDraft[] => {
      const households = readNumber(r.cells.households);
      const poor = readNumber(r.cells.poor);
      const nearPoor = readNumber(r.cells.nearPoor);
      if (households === undefined || poor === undefined) return [];
      if (poor > households)
        return [{ row: r.row, role: "poor", actual: poor, params: { households } }];
      if (nearPoor !== undefined && poor + nearPoor > households) {
        return [{ row: r.row, role: "nearPoor", actual: nearPoor, params: { households, poor } }];
      }
      return [];
    }),
};
