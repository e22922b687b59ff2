/**
 * Properties of the arithmetic evidence (fast-check): on random consistent tables, a column the header leaves open
 * is mapped only when its numbers follow a formula — random numbers under a neutral header never get a role, and a
 * rate under a bare "Tỷ lệ (%)" always gets its own formula's role.
 */
import fc from "fast-check";
import { buildGrid } from "./helpers/buildGrid";
import { detectTables, readTable, validateTable } from "../../src/core";
import type { RawValue } from "../../src/core";

const RUNS = Number(process.env.FC_RUNS ?? 200);
const round2 = (x: number): number => Math.round(x * 100 + Number.EPSILON * 100) / 100;

const unitArb = fc
  .record({
    households: fc.integer({ min: 20, max: 900 }),
    poorShare: fc.double({ min: 0.01, max: 0.3, noNaN: true }),
    cutShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ households, poorShare, cutShare }) => {
    const poor = Math.max(1, Math.floor(households * poorShare));
    return { households, poor, cut: Math.floor(poor * cutShare) };
  });

const HEAD: RawValue[] = ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)", "Số hộ giảm"];
const NEUTRAL = ["Ghi chú", "Kinh phí (triệu đồng)", "Số lượt", "Diện tích (ha)", "Năm"];

test("random numbers under a neutral header are never mapped", () => {
  fc.assert(
    fc.property(
      fc.array(unitArb, { minLength: 2, maxLength: 12 }),
      fc.constantFrom(...NEUTRAL),
      fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 12, maxLength: 12 }),
      (units, header, noise) => {
        const rows: RawValue[][] = [
          [...HEAD, header],
          ...units.map((u, i) => [
            i + 1,
            `Thôn ${i + 1}`,
            u.households,
            u.poor,
            round2((u.poor / u.households) * 100),
            u.cut,
            round2(noise[i] ?? 0),
          ]),
        ];
        const r = detectTables(buildGrid(rows));
        if (!r.ok) return false;
        return !Object.values(r.tables[0]!.columns).includes(7);
      }
    ),
    { numRuns: RUNS }
  );
});

test("a bare 'Tỷ lệ (%)' after the cut gets the role whose formula its numbers follow, and the table checks clean", () => {
  fc.assert(
    fc.property(
      fc.array(unitArb, { minLength: 2, maxLength: 12 }),
      fc.constantFrom("cut", "projected"),
      fc.boolean(),
      (units, kind, fraction) => {
        // Zero cuts make the cut rate and the projection indistinguishable from zero and the start rate.
        fc.pre(units.some((u) => u.cut > 0 && u.cut < u.poor));
        const scale = (x: number): number =>
          fraction ? Math.round(x * 10000) / 1000000 : round2(x);
        const rate = (u: { households: number; poor: number; cut: number }): number =>
          scale(((kind === "cut" ? u.cut : u.poor - u.cut) / u.households) * 100);
        const rows: RawValue[][] = [
          [...HEAD, "Tỷ lệ (%)"],
          ...units.map((u, i) => [
            i + 1,
            `Thôn ${i + 1}`,
            u.households,
            u.poor,
            round2((u.poor / u.households) * 100),
            u.cut,
            rate(u),
          ]),
        ];
        const grid = buildGrid(rows);
        const r = detectTables(grid);
        if (!r.ok) return false;
        const t = r.tables[0]!;
        const role = kind === "cut" ? "poorCutRate" : "projectedPoorRate";
        if (t.columns[role] !== 7) return false;
        return validateTable(readTable(grid, t)).every(
          (i) =>
            i.code === "TOTALS_ROW_MISSING" || (fraction && i.code === "RATE_SHOWN_AS_FRACTION")
        );
      }
    ),
    { numRuns: RUNS }
  );
});
