import type { CountRole } from "../../model/roles";
import type { IssueDraft, ValidationContext, ValidationRule } from "../types";
import { readNumber } from "../cellValues";

const PAIRS: readonly (readonly [CountRole, CountRole])[] = [
  ["poorCut", "poor"],
  ["nearPoorCut", "nearPoor"],
];

/** A planned cut larger than the households it cuts from, on a data row (the totals row is checked against the sums). */
export const cutExceedsPoor: ValidationRule = {
  code: "CUT_EXCEEDS_POOR",
  severity: "error",
  check: (ctx: ValidationContext): IssueDraft[] =>
    ctx.units.flatMap((r) =>
      PAIRS.flatMap(([cutRole, baseRole]): IssueDraft[] => {
        const cut = readNumber(r.cells[cutRole]);
        const base = readNumber(r.cells[baseRole]);
        return cut !== undefined && base !== undefined && cut > base
          ? [{ row: r.row, role: cutRole, actual: cut, params: { limit: base, baseRole } }]
          : [];
      })
    ),
};
