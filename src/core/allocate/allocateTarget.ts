import { toA1 } from "../address";
import type { TableData } from "../model/tableData";
import { readNumber } from "../validate/cellValues";
import { shareByHighestRate } from "./shareByHighestRate";
import { shareProportionally } from "./shareProportionally";
import type { AllocationMethod, AllocationResult } from "./types";

const isCount = (n: number | undefined): n is number =>
  n !== undefined && Number.isInteger(n) && n >= 0;

/**
 * Share a commune target (poor households to lift out this year) among the units. "proportional": in proportion to
 * poor households, largest remainder (Hamilton); "highest-rate": one household at a time to the unit with the
 * highest projected poverty rate. A unit never gets more than its poor households and the cuts always add up to the
 * target — otherwise `{ ok: false, reason }` (bad target, target above total poor, unreadable poor/households cells,
 * no units, no cut column).
 * @example allocateTarget(data, 10, "proportional") // { ok: true, cuts: [{ row: 8, name: "Quang Trung", cut: 0 }, …] }
 */
export function allocateTarget(
  data: TableData,
  target: number,
  method: AllocationMethod
): AllocationResult {
  const cols = data.layout.columns;
  if (typeof target !== "number" || !Number.isSafeInteger(target) || target < 0)
    return { ok: false, reason: "INVALID_TARGET", target };
  if (cols.poorCut === undefined) return { ok: false, reason: "NO_CUT_COLUMN", target };
  if (data.units.length === 0) return { ok: false, reason: "NO_UNITS", target };
  const poor = data.units.map((u) => readNumber(u.cells.poor));
  const badPoor = data.units.filter((_, i) => !isCount(poor[i]));
  if (cols.poor === undefined || badPoor.length > 0) {
    return {
      ok: false,
      reason: "UNREADABLE_POOR",
      target,
      cells: badPoor.map((u) => toA1(u.row, cols.poor ?? cols.unit ?? 1)),
    };
  }
  const poorCounts = poor as number[];
  const households = data.units.map((u) => readNumber(u.cells.households));
  if (method === "highest-rate") {
    const bad = data.units.filter(
      (_, i) => (poorCounts[i] as number) > 0 && !((households[i] ?? 0) > 0)
    );
    if (cols.households === undefined || bad.length > 0) {
      return {
        ok: false,
        reason: "UNREADABLE_HOUSEHOLDS",
        target,
        cells: bad.map((u) => toA1(u.row, cols.households ?? cols.unit ?? 1)),
      };
    }
  }
  const totalPoor = poorCounts.reduce((a, b) => a + b, 0);
  if (target > totalPoor) return { ok: false, reason: "TARGET_EXCEEDS_POOR", target, totalPoor };
  const shares =
    method === "highest-rate"
      ? shareByHighestRate(
          poorCounts.map((p, i) => ({ poor: p, households: households[i] ?? 0 })),
          target
        )
      : shareProportionally(poorCounts, poorCounts, target);
  return {
    ok: true,
    cuts: data.units.map((u, i) => ({ row: u.row, name: u.name, cut: shares[i] as number })),
  };
}
