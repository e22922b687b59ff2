import type { ColumnRole } from "../model/roles";
import type { ColumnMap } from "../model/table";
import {
  DECIDING_MOVEMENTS,
  MOVEMENT_WORDS,
  NEAR_POOR_WORDS,
  PLAN_WORDS,
  POOR_WORDS,
  RATE_WORDS,
  type Movement,
} from "./transitionVocabulary";

const has = (norm: string, words: readonly string[]): boolean => {
  const p = ` ${norm} `;
  return words.some((w) => p.includes(` ${w} `));
};

const movementOf = (norm: string): Movement | undefined =>
  MOVEMENT_WORDS.find((m) => has(norm, m.words))?.movement;

const ROLE: Record<"poor" | "nearPoor", Record<Movement, readonly [ColumnRole, ColumnRole]>> = {
  poor: {
    start: ["poor", "poorRate"],
    exited: ["poorExited", "poorExitedRate"],
    reentered: ["poorReentered", "poorReenteredRate"],
    newCount: ["poorNew", "poorNewRate"],
    end: ["poorEnd", "poorEndRate"],
  },
  nearPoor: {
    start: ["nearPoor", "nearPoorRate"],
    exited: ["nearPoorExited", "nearPoorExitedRate"],
    reentered: ["nearPoorReentered", "nearPoorReenteredRate"],
    newCount: ["nearPoorNew", "nearPoorNewRate"],
    end: ["nearPoorEnd", "nearPoorEndRate"],
  },
};

/** Roles the appendix mapping gives that a transitions mapping never takes over. */
const BASE_ROLES: ReadonlySet<ColumnRole> = new Set(["index", "unit", "population", "households"]);

/**
 * The transitions table's roles: when a column speaks of falling back ("tái nghèo") or of new poor ("phát sinh"), and
 * no header speaks of a plan, the table is a transitions table and each poor/near-poor column takes its movement's
 * role (start, escaped, fell back, new, end — the nearest header text that names one decides; the subject and
 * rate/count likewise). Otherwise the appendix mapping is returned unchanged.
 * @param texts each column's normalized header texts, top to bottom
 * @example ["so ho thoat ngheo"] beside ["so ho tai ngheo"] → poorExited, poorReentered
 */
export function mapTransitionColumns(
  texts: ReadonlyMap<number, readonly string[]>,
  columns: ColumnMap
): ColumnMap {
  const all = [...texts.values()].flat();
  if (all.some((t) => has(t, PLAN_WORDS))) return columns;
  const nearestMovement = (segs: readonly string[]): Movement | undefined => {
    for (let i = segs.length - 1; i >= 0; i--) {
      const m = movementOf(segs[i] as string);
      if (m) return m;
    }
    return undefined;
  };
  const deciding = [...texts.values()].some((segs) => {
    const m = nearestMovement(segs);
    return m !== undefined && DECIDING_MOVEMENTS.includes(m);
  });
  if (!deciding) return columns;
  const roleAt = new Map<number, ColumnRole>();
  for (const [role, col] of Object.entries(columns) as [ColumnRole, number][])
    roleAt.set(col, role);
  const out: ColumnMap = {};
  for (const [col, role] of roleAt) if (BASE_ROLES.has(role)) out[role] = col;
  for (const [col, segs] of [...texts.entries()].sort((a, b) => a[0] - b[0])) {
    const current = roleAt.get(col);
    if (current !== undefined && BASE_ROLES.has(current)) continue;
    const movement = nearestMovement(segs);
    const subject = subjectOf(segs);
    const role =
      movement && subject
        ? ROLE[subject][movement][has(segs[segs.length - 1] ?? "", RATE_WORDS) ? 1 : 0]
        : current;
    if (role !== undefined && out[role] === undefined) out[role] = col;
  }
  return out;
}

function subjectOf(segs: readonly string[]): "poor" | "nearPoor" | undefined {
  for (let i = segs.length - 1; i >= 0; i--) {
    const t = segs[i] as string;
    if (has(t, NEAR_POOR_WORDS)) return "nearPoor";
    if (has(t, POOR_WORDS)) return "poor";
  }
  // A bare movement ("Tái nghèo", "Phát sinh mới") under no subject: the poor.
  return segs.some((t) => movementOf(t) !== undefined) ? "poor" : undefined;
}
