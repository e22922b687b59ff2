import type { IssueDraft, ValidationContext, ValidationRule } from "../types";

/** No totals row was found; reported on the unit column just below the last unit row. */
export const totalsRowMissing: ValidationRule = {
  code: "TOTALS_ROW_MISSING",
  severity: "warning",
  check: (ctx: ValidationContext): IssueDraft[] =>
    ctx.data.totals === null && ctx.units.length > 0
      ? [{ row: ctx.data.layout.dataRows[1] + 1, role: "unit", actual: null }]
      : [],
};
