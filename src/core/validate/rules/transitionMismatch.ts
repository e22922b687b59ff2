import type { CountRole } from "../../model/roles";
import { readNumber } from "../cellValues";
import type { IssueDraft, RowView, ValidationContext, ValidationRule } from "../types";

type Group = {
  readonly start: CountRole;
  readonly exited: CountRole;
  readonly reentered: CountRole;
  readonly newCount: CountRole;
  readonly end: CountRole;
};

const GROUPS: readonly Group[] = [
  {
    start: "poor",
    exited: "poorExited",
    reentered: "poorReentered",
    newCount: "poorNew",
    end: "poorEnd",
  },
  {
    start: "nearPoor",
    exited: "nearPoorExited",
    reentered: "nearPoorReentered",
    newCount: "nearPoorNew",
    end: "nearPoorEnd",
  },
];

/**
 * A transitions table's row does not add up: start − escaped + fell back + new ≠ end (on the end cell), or more
 * escaped than there were at the start (on the escaped cell); for the poor and the near-poor. A movement column the
 * table does not have counts as 0; an unreadable cell skips the check. Data rows only (the totals row is checked
 * against the sums by TOTAL_MISMATCH).
 */
export const transitionMismatch: ValidationRule = {
  code: "TRANSITION_MISMATCH",
  severity: "error",
  check: (ctx: ValidationContext): IssueDraft[] => {
    const columns = ctx.data.layout.columns;
    return GROUPS.flatMap((g) => {
      const movements = [g.exited, g.reentered, g.newCount];
      const hasMovement = movements.some((r) => columns[r] !== undefined);
      if (columns[g.start] === undefined || !hasMovement) return [];
      return ctx.units.flatMap((u) => checkRow(u, g, (role) => columns[role] !== undefined));
    });
  },
};

function checkRow(u: RowView, g: Group, has: (role: CountRole) => boolean): IssueDraft[] {
  const read = (role: CountRole): number | undefined => (has(role) ? readNumber(u.cells[role]) : 0);
  const start = read(g.start);
  const exited = read(g.exited);
  const out: IssueDraft[] = [];
  if (has(g.exited) && start !== undefined && exited !== undefined && exited > start) {
    out.push({
      row: u.row,
      role: g.exited,
      actual: exited,
      params: { kind: "exceeds", limit: start },
    });
  }
  const reentered = read(g.reentered);
  const newCount = read(g.newCount);
  const end = has(g.end) ? readNumber(u.cells[g.end]) : undefined;
  if (
    start === undefined ||
    exited === undefined ||
    reentered === undefined ||
    newCount === undefined ||
    end === undefined
  )
    return out;
  const expected = start - exited + reentered + newCount;
  if (Math.abs(expected - end) > 1e-9) {
    out.push({
      row: u.row,
      role: g.end,
      actual: end,
      expected,
      params: { kind: "balance", start, exited, reentered, newCount },
    });
  }
  return out;
}
