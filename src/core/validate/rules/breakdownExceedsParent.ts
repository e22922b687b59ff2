import { COUNT_ROLES } from "../../model/roles";
import type { RowCells } from "../../model/tableData";
import { readNumber } from "../cellValues";
import type { IssueDraft, ValidationContext, ValidationRule } from "../types";

/**
 * A "trong đó" row ("Trong đó: hộ DTTS") counts more than the row it splits — a unit, a group's sub-total or the
 * totals row — in the same column. Skipped when either cell is unreadable.
 */
export const breakdownExceedsParent: ValidationRule = {
  code: "BREAKDOWN_EXCEEDS_PARENT",
  severity: "error",
  check: (ctx: ValidationContext): IssueDraft[] => {
    const parents = listParents(ctx);
    return (ctx.data.breakdowns ?? []).flatMap((b): IssueDraft[] => {
      const parent = parents.get(b.parentRow);
      if (!parent) return [];
      return COUNT_ROLES.flatMap((role): IssueDraft[] => {
        const part = readNumber(b.cells[role]);
        const whole = readNumber(parent.cells[role]);
        if (part === undefined || whole === undefined || part <= whole) return [];
        return [
          {
            row: b.row,
            role,
            actual: part,
            params: { breakdown: b.name, limit: whole, ...parent.params },
          },
        ];
      });
    });
  },
};

type Parent = {
  readonly cells: RowCells;
  readonly params: Readonly<Record<string, string>>;
};

/** Every row a breakdown may split, with how the message names it. */
function listParents(ctx: ValidationContext): Map<number, Parent> {
  const out = new Map<number, Parent>();
  for (const u of ctx.units)
    out.set(u.row, { cells: u.cells, params: { parentPlace: "unit", parent: u.name } });
  for (const g of ctx.data.groups ?? [])
    if (g.subtotal && g.subtotalRow !== null)
      out.set(g.subtotalRow, {
        cells: g.subtotal,
        params: { parentPlace: "subtotal", parent: g.name },
      });
  const totals = ctx.data.totals;
  if (totals) out.set(totals.row, { cells: totals.cells, params: { parentPlace: "totals" } });
  return out;
}
