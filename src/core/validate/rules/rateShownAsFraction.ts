import { roundTo } from "../../rates/computeRate";
import type { IssueDraft, ValidationContext, ValidationRule } from "../types";

/**
 * A rate column of plain fractions (0.0439) without a percent format: read as the fraction (4.39 points), but the
 * printed appendix would show "0,0439" under "(%)". Once per column, on its first number.
 */
export const rateShownAsFraction: ValidationRule = {
  code: "RATE_SHOWN_AS_FRACTION",
  severity: "warning",
  check: (ctx: ValidationContext): IssueDraft[] => {
    const drafts: IssueDraft[] = [];
    for (const role of ctx.data.plainFractions ?? []) {
      for (const row of [...ctx.rows].sort((a, b) => a.row - b.row)) {
        const cell = row.cells[role];
        if (cell?.kind !== "number") continue;
        drafts.push({
          row: row.row,
          role,
          actual: roundTo(cell.value / 100, 6),
          params: { value: cell.value },
        });
        break;
      }
    }
    return drafts;
  },
};
