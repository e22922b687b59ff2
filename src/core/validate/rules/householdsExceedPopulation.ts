import type { IssueDraft, ValidationContext, ValidationRule } from "../types";
import { readNumber } from "../cellValues";

/** More households than people on a data row (the totals row is checked against the sums). */
export const householdsExceedPopulation: ValidationRule = {
  code: "HOUSEHOLDS_EXCEED_POPULATION",
  severity: "error",
  check: (ctx: ValidationContext): IssueDraft[] =>
    ctx.units.flatMap((r): IssueDraft[] => {
      const households = readNumber(r.cells.households);
      const population = readNumber(r.cells.population);
      return households !== undefined && population !== undefined && households > population
        ? [{ row: r.row, role: "households", actual: households, params: { population } }]
        : [];
    }),
};
