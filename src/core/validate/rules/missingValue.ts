import { COUNT_ROLES, type CountRole } from "../../model/roles";
import type { IssueDraft, ValidationContext, ValidationRule } from "../types";

const ALWAYS_REQUIRED: readonly CountRole[] = ["households", "poor"];
/** Every other count: population, near-poor, the cuts and the transitions table's movements. */
const REQUIRED_WHEN_USED: readonly CountRole[] = COUNT_ROLES.filter(
  (role) => !ALWAYS_REQUIRED.includes(role)
);

/**
 * A required count cell of a unit row is empty. Households and poor are always required; population, near-poor and
 * the cut columns are required once the column is in use (some unit row has a value there) — a cut column left
 * entirely empty means "not planned yet", not twenty missing cells. Rates are never required (they are computed).
 */
export const missingValue: ValidationRule = {
  code: "MISSING_VALUE",
  severity: "error",
  check: (ctx: ValidationContext): IssueDraft[] => {
    const columns = ctx.data.layout.columns;
    const inUse = (role: CountRole): boolean =>
      ctx.units.some((u) => u.cells[role] && u.cells[role]?.kind !== "empty");
    const required = [...ALWAYS_REQUIRED, ...REQUIRED_WHEN_USED.filter(inUse)].filter(
      (r) => columns[r] !== undefined
    );
    return ctx.units.flatMap((u) =>
      required
        .filter((role) => u.cells[role]?.kind === "empty")
        .map((role) => ({ row: u.row, role, actual: null }))
    );
  },
};
