import { round2 } from "../../rates/computeRate";
import type { IssueDraft, ValidationContext, ValidationRule } from "../types";
import { readNumber } from "../cellValues";

export const HOUSEHOLD_SIZE_RANGE = { min: 1, max: 10 } as const;

/** People per household outside [1, 10] on a unit row: usually a typo in population or households. */
export const householdSizeUnusual: ValidationRule = {
  code: "HOUSEHOLD_SIZE_UNUSUAL",
  severity: "warning",
  check: (ctx: ValidationContext): IssueDraft[] =>
    ctx.units.flatMap((u): IssueDraft[] => {
      const population = readNumber(u.cells.population);
      const households = readNumber(u.cells.households);
      if (
        population === undefined ||
        households === undefined ||
        !(households > 0) ||
        !(population > 0)
      )
        return [];
      const size = population / households;
      if (!Number.isFinite(size)) return [];
      if (size >= HOUSEHOLD_SIZE_RANGE.min && size <= HOUSEHOLD_SIZE_RANGE.max) return [];
      return [
        {
          row: u.row,
          role: "population",
          actual: population,
          params: {
            size: round2(size),
            households,
            min: HOUSEHOLD_SIZE_RANGE.min,
            max: HOUSEHOLD_SIZE_RANGE.max,
          },
        },
      ];
    }),
};
