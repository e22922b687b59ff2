import { cleanFloat } from "../../rates/cleanFloat";
import type { IssueDraft, ValidateOptions, ValidationContext, ValidationRule } from "../types";

const TARGETS: readonly {
  readonly role: "poorCut" | "nearPoorCut";
  readonly target: (o: ValidateOptions) => number | undefined;
  readonly rate: (o: ValidateOptions) => number | undefined;
}[] = [
  { role: "poorCut", target: (o) => o.target, rate: (o) => o.targetRate },
  { role: "nearPoorCut", target: (o) => o.nearPoorTarget, rate: (o) => o.nearPoorTargetRate },
];

/**
 * The cuts of the unit rows do not add up to the commune target (poor or near-poor; only when that target is given
 * and its cut column exists). An empty cut cell counts as 0 (no cut planned there yet); text or an error skips the
 * check. Reported on the totals row's cut cell, else the last unit's; a target given as a rate carries it.
 */
export const targetMismatch: ValidationRule = {
  code: "TARGET_MISMATCH",
  severity: "error",
  check: (ctx: ValidationContext): IssueDraft[] =>
    TARGETS.flatMap((spec): IssueDraft[] => {
      const target = spec.target(ctx.options);
      const last = ctx.units[ctx.units.length - 1];
      if (target === undefined || ctx.data.layout.columns[spec.role] === undefined || !last)
        return [];
      let sum = 0;
      for (const u of ctx.units) {
        const cell = u.cells[spec.role];
        if (!cell || cell.kind === "empty") continue;
        if (cell.kind !== "number") return [];
        sum += cell.value;
      }
      if (!Number.isFinite(sum) || Math.abs(sum - target) < 1e-9) return [];
      const row = ctx.data.totals?.row ?? last.row;
      const rate = spec.rate(ctx.options);
      return [
        {
          row,
          role: spec.role,
          actual: cleanFloat(sum),
          expected: target,
          ...(rate !== undefined ? { params: { targetRate: rate } } : {}),
        },
      ];
    }),
};
