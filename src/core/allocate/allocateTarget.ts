import { toA1 } from "../address";
import type { TableData } from "../model/tableData";
import { toMatchKey } from "../text/normalizeText";
import { toCurrentTable } from "../transitions/currentTable";
import { readNumber } from "../validate/cellValues";
import { shareByHighestRate } from "./shareByHighestRate";
import { shareProportionally } from "./shareProportionally";
import type {
  AllocationMethod,
  AllocationOptions,
  AllocationResult,
  AllocationSubject,
  UnitLock,
} from "./types";

const isCount = (n: number | undefined): n is number =>
  n !== undefined && Number.isInteger(n) && n >= 0;

type Failure = Extract<AllocationResult, { ok: false }>;

/**
 * Share a commune target (poor — or near-poor — households to lift out this year) among the units. "proportional":
 * in proportion to poor households, largest remainder (Hamilton); "highest-rate": one household at a time to the
 * unit with the highest projected rate. Locked units keep the cut the officer gave; the rest of the target is shared
 * over the others. A unit never gets more than its poor households and the cuts always add up to the target —
 * otherwise `{ ok: false, reason }` (bad target, target above the poor households, unreadable cells, no units, a lock
 * naming no unit, above its unit's poor, or locks above the target). A missing cut column is created by the plan.
 * In a transitions table the base is the end-of-year count (`toCurrentTable`).
 * @example allocateTarget(data, 10, "proportional", { locks: [{ unit: "Làng Mài", cut: 6 }] })
 * // { ok: true, cuts: [{ row: 8, name: "Quang Trung", cut: 0 }, …, { row: 13, name: "Làng Mài", cut: 6, locked: true }] }
 */
export function allocateTarget(
  table: TableData,
  target: number,
  method: AllocationMethod,
  options: AllocationOptions = {}
): AllocationResult {
  const subject: AllocationSubject = options.subject ?? "poor";
  // A transitions table's households to lift out are those still poor at the end of the year.
  const data = toCurrentTable(table);
  const fail = (f: Omit<Failure, "ok" | "target" | "subject">): Failure => ({
    ok: false,
    target,
    ...(subject === "nearPoor" ? { subject } : {}),
    ...f,
  });
  const cols = data.layout.columns;
  if (typeof target !== "number" || !Number.isSafeInteger(target) || target < 0)
    return fail({ reason: "INVALID_TARGET" });
  if (data.units.length === 0) return fail({ reason: "NO_UNITS" });
  const baseCol = cols[subject];
  if (subject === "nearPoor" && baseCol === undefined)
    return fail({ reason: "NO_NEAR_POOR_COLUMN" });
  // A near-poor-only table: no poor count to take a poor target from (and no cell to point at).
  if (baseCol === undefined)
    return fail({
      reason: "NO_POOR_COLUMN",
      ...(cols.nearPoor !== undefined ? { nearPoorColumn: true } : {}),
    });
  const poor = data.units.map((u) => readNumber(u.cells[subject]));
  const badPoor = data.units.filter((_, i) => !isCount(poor[i]));
  if (badPoor.length > 0)
    return fail({ reason: "UNREADABLE_POOR", cells: badPoor.map((u) => toA1(u.row, baseCol)) });
  const poorCounts = poor as number[];
  const locked = resolveLocks(data, options.locks ?? [], poorCounts);
  if (!locked.ok) return fail(locked.failure);
  const lockedSum = [...locked.cuts.values()].reduce((a, b) => a + b, 0);
  if (lockedSum > target) return fail({ reason: "LOCKS_EXCEED_TARGET", locked: lockedSum });
  const free = poorCounts.map((p, i) => (locked.cuts.has(i) ? 0 : p));
  const households = data.units.map((u) => readNumber(u.cells.households));
  if (method === "highest-rate") {
    const bad = data.units.filter((_, i) => (free[i] as number) > 0 && !((households[i] ?? 0) > 0));
    if (cols.households === undefined || bad.length > 0) {
      return fail({
        reason: "UNREADABLE_HOUSEHOLDS",
        cells: bad.map((u) => toA1(u.row, cols.households ?? cols.unit ?? 1)),
      });
    }
  }
  const rest = target - lockedSum;
  const freePoor = free.reduce((a, b) => a + b, 0);
  if (rest > freePoor)
    return fail({ reason: "TARGET_EXCEEDS_POOR", totalPoor: freePoor + lockedSum });
  const shares =
    method === "highest-rate"
      ? shareByHighestRate(
          free.map((p, i) => ({ poor: p, households: households[i] ?? 0 })),
          rest
        )
      : shareProportionally(free, free, rest);
  return {
    ok: true,
    ...(subject === "nearPoor" ? { subject } : {}),
    cuts: data.units.map((u, i) => {
      const lock = locked.cuts.get(i);
      return lock === undefined
        ? { row: u.row, name: u.name, cut: shares[i] as number }
        : { row: u.row, name: u.name, cut: lock, locked: true };
    }),
  };
}

type LockResolution =
  | { readonly ok: true; readonly cuts: ReadonlyMap<number, number> }
  | { readonly ok: false; readonly failure: Omit<Failure, "ok" | "target" | "subject"> };

/** Locks → unit index → cut. A lock given twice for one unit keeps the last. */
function resolveLocks(
  data: TableData,
  locks: readonly UnitLock[],
  poor: readonly number[]
): LockResolution {
  const byKey = new Map<string, number>();
  data.units.forEach((u, i) => {
    const key = toMatchKey(u.name);
    if (!byKey.has(key)) byKey.set(key, i);
  });
  const cuts = new Map<number, number>();
  for (const lock of locks) {
    const name = String(lock.unit);
    const i =
      typeof lock.unit === "number"
        ? data.units.findIndex((u) => u.row === lock.unit)
        : (byKey.get(toMatchKey(lock.unit)) ?? -1);
    if (i < 0) return { ok: false, failure: { reason: "LOCK_UNKNOWN_UNIT", unit: name } };
    const unitName = data.units[i]?.name ?? name;
    if (!Number.isSafeInteger(lock.cut) || lock.cut < 0)
      return { ok: false, failure: { reason: "LOCK_INVALID", unit: unitName, lock: lock.cut } };
    const p = poor[i] as number;
    if (lock.cut > p)
      return {
        ok: false,
        failure: { reason: "LOCK_EXCEEDS_POOR", unit: unitName, lock: lock.cut, poor: p },
      };
    cuts.set(i, lock.cut);
  }
  return { ok: true, cuts };
}
