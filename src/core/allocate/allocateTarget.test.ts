import fc from "fast-check";
import { buildTable } from "../../../tests/core/helpers/buildTable";
import type { RawValue } from "../model/cell";
import { allocateTarget } from "./allocateTarget";
import { buildAllocationPlan } from "./buildAllocationPlan";
import { shareByHighestRate } from "./shareByHighestRate";
import { shareProportionally } from "./shareProportionally";

const HEADER = ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Số hộ giảm nghèo"];
const tableOf = (units: readonly { households: RawValue; poor: RawValue }[]) =>
  buildTable([
    HEADER,
    ...units.map((u, i) => [i + 1, `Thôn ${i + 1}`, u.households, u.poor, null]),
    [null, "Tổng", null, null, null],
  ]);

describe("allocateTarget", () => {
  it.each([
    [-1, "INVALID_TARGET"],
    [1.5, "INVALID_TARGET"],
    [Number.NaN, "INVALID_TARGET"],
    [6, "TARGET_EXCEEDS_POOR"],
  ])("refuses target %p with %s", (target, reason) => {
    const data = tableOf([
      { households: 10, poor: 2 },
      { households: 10, poor: 3 },
    ]);
    expect(allocateTarget(data, target, "proportional")).toEqual(
      expect.objectContaining({ ok: false, reason })
    );
  });

  it("names unreadable poor and households cells", () => {
    const data = tableOf([
      { households: 10, poor: "2 hộ" },
      { households: "?", poor: 3 },
    ]);
    expect(allocateTarget(data, 1, "proportional")).toEqual({
      ok: false,
      reason: "UNREADABLE_POOR",
      target: 1,
      cells: ["D2"],
    });
    const data2 = tableOf([
      { households: 10, poor: 2 },
      { households: "?", poor: 3 },
    ]);
    expect(allocateTarget(data2, 1, "highest-rate")).toEqual({
      ok: false,
      reason: "UNREADABLE_HOUSEHOLDS",
      target: 1,
      cells: ["C3"],
    });
    expect(allocateTarget(data2, 1, "proportional").ok).toBe(true);
  });

  it("creates the cut column when the table has none, right of the table with its header", () => {
    const data = buildTable([
      ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo"],
      [1, "A", 10, 2],
      [2, "B", 10, 1],
    ]);
    const r = allocateTarget(data, 2, "proportional");
    if (!r.ok) throw new Error(r.reason);
    const writes = buildAllocationPlan(data, r.cuts, { formulas: false }).sheets[0]!.writes;
    expect(writes.map((w) => [w.row, w.col, w.cell])).toEqual([
      [1, 5, { value: "Số hộ giảm nghèo" }],
      [2, 5, { value: 1 }],
      [3, 5, { value: 1 }],
    ]);
  });

  it("keeps locked cuts and shares the rest over the other units", () => {
    const data = tableOf([
      { households: 100, poor: 4 },
      { households: 50, poor: 2 },
      { households: 80, poor: 6 },
    ]);
    const r = allocateTarget(data, 5, "proportional", { locks: [{ unit: "thôn 3", cut: 0 }] });
    expect(r).toEqual({
      ok: true,
      cuts: [
        { row: 2, name: "Thôn 1", cut: 3 },
        { row: 3, name: "Thôn 2", cut: 2 },
        { row: 4, name: "Thôn 3", cut: 0, locked: true },
      ],
    });
    expect(allocateTarget(data, 5, "highest-rate", { locks: [{ unit: 2, cut: 2 }] })).toEqual(
      expect.objectContaining({ ok: true })
    );
  });

  it.each([
    [[{ unit: "Thôn 9", cut: 1 }], 3, { reason: "LOCK_UNKNOWN_UNIT", unit: "Thôn 9" }],
    [
      [{ unit: "Thôn 2", cut: 3 }],
      3,
      { reason: "LOCK_EXCEEDS_POOR", unit: "Thôn 2", lock: 3, poor: 2 },
    ],
    [
      [
        { unit: "Thôn 1", cut: 4 },
        { unit: "Thôn 3", cut: 2 },
      ],
      5,
      { reason: "LOCKS_EXCEED_TARGET", locked: 6 },
    ],
    [
      [
        { unit: "Thôn 1", cut: 0 },
        { unit: "Thôn 3", cut: 0 },
      ],
      3,
      { reason: "TARGET_EXCEEDS_POOR", totalPoor: 2 },
    ],
  ])("refuses locks %p (target %p)", (locks, target, failure) => {
    const data = tableOf([
      { households: 100, poor: 4 },
      { households: 50, poor: 2 },
      { households: 80, poor: 6 },
    ]);
    expect(allocateTarget(data, target, "proportional", { locks })).toEqual(
      expect.objectContaining({ ok: false, ...failure })
    );
  });

  it("allocates near-poor cuts from the near-poor column", () => {
    const data = buildTable([
      ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Số hộ cận nghèo"],
      [1, "A", 100, 1, 6],
      [2, "B", 50, 1, 2],
      [null, "Tổng", 150, 2, 8],
    ]);
    const r = allocateTarget(data, 4, "proportional", { subject: "nearPoor" });
    expect(r).toEqual({
      ok: true,
      subject: "nearPoor",
      cuts: [
        { row: 2, name: "A", cut: 3 },
        { row: 3, name: "B", cut: 1 },
      ],
    });
    expect(
      allocateTarget(tableOf([{ households: 5, poor: 1 }]), 1, "proportional", {
        subject: "nearPoor",
      })
    ).toEqual(expect.objectContaining({ ok: false, reason: "NO_NEAR_POOR_COLUMN" }));
  });

  it("breaks proportional ties by larger poor, then row order", () => {
    expect(shareProportionally([1, 1, 1], [1, 1, 1], 1)).toEqual([1, 0, 0]);
    expect(shareProportionally([2, 4, 2, 4], [2, 4, 2, 4], 1)).toEqual([0, 1, 0, 0]);
    expect(shareProportionally([0, 0], [0, 0], 0)).toEqual([0, 0]);
  });

  it("breaks highest-rate ties by more poor, then row order", () => {
    expect(
      shareByHighestRate(
        [
          { poor: 1, households: 10 },
          { poor: 2, households: 20 },
        ],
        1
      )
    ).toEqual([0, 1]);
    expect(
      shareByHighestRate(
        [
          { poor: 2, households: 20 },
          { poor: 2, households: 20 },
        ],
        3
      )
    ).toEqual([2, 1]);
  });

  it("writes cuts, their rates and the totals row", () => {
    const data = buildTable([
      [
        "TT",
        "Thôn",
        "Tổng số hộ",
        "Số hộ nghèo",
        "Số hộ giảm nghèo",
        "Tỷ lệ giảm (%)",
        "Dự kiến tỷ lệ hộ nghèo cuối năm (%)",
      ],
      [1, "A", 100, 4, null, null, null],
      [2, "B", 50, 2, null, null, null],
      [null, "Tổng", 150, 6, null, null, null],
    ]);
    const r = allocateTarget(data, 3, "proportional");
    expect(r).toEqual({
      ok: true,
      cuts: [
        { row: 2, name: "A", cut: 2 },
        { row: 3, name: "B", cut: 1 },
      ],
    });
    if (!r.ok) return;
    const writes = buildAllocationPlan(data, r.cuts, { formulas: true }).sheets[0]!.writes;
    expect(writes.map((w) => [w.row, w.col, w.cell])).toEqual([
      [2, 5, { value: 2 }],
      [2, 6, { formula: "=ROUND(E2/C2*100,2)", result: 2 }],
      [2, 7, { formula: "=ROUND((D2-E2)/C2*100,2)", result: 2 }],
      [3, 5, { value: 1 }],
      [3, 6, { formula: "=ROUND(E3/C3*100,2)", result: 2 }],
      [3, 7, { formula: "=ROUND((D3-E3)/C3*100,2)", result: 2 }],
      [4, 5, { formula: "=SUM(E2:E3)", result: 3 }],
      [4, 6, { formula: "=ROUND(SUM(E2:E3)/SUM(C2:C3)*100,2)", result: 2 }],
      [4, 7, { formula: "=ROUND((SUM(D2:D3)-SUM(E2:E3))/SUM(C2:C3)*100,2)", result: 2 }],
    ]);
  });
});

const unitsArb = fc.array(fc.record({ poor: fc.nat(60), extra: fc.nat(300) }), {
  minLength: 1,
  maxLength: 25,
});

describe("allocation invariants (property-based)", () => {
  it.each(["proportional", "highest-rate"] as const)(
    "%s: sums to the target, 0 ≤ cut ≤ poor, deterministic",
    (method) => {
      fc.assert(
        fc.property(unitsArb, fc.double({ min: 0, max: 1, noNaN: true }), (units, share) => {
          const totalPoor = units.reduce((a, u) => a + u.poor, 0);
          const target = Math.floor(share * totalPoor);
          const data = tableOf(
            units.map((u) => ({ households: u.poor + u.extra + 1, poor: u.poor }))
          );
          const r = allocateTarget(data, target, method);
          if (!r.ok) throw new Error(r.reason);
          expect(r.cuts.reduce((a, c) => a + c.cut, 0)).toBe(target);
          r.cuts.forEach((c, i) => {
            expect(c.cut).toBeGreaterThanOrEqual(0);
            expect(c.cut).toBeLessThanOrEqual(units[i]!.poor);
          });
          expect(allocateTarget(data, target, method)).toEqual(r);
        }),
        { numRuns: 150 }
      );
    }
  );

  it("proportional: each cut is within 1 of its exact quota", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(1000), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        (poor, seed) => {
          const total = poor.reduce((a, b) => a + b, 0);
          const target = total === 0 ? 0 : seed % (total + 1);
          const shares = shareProportionally(poor, poor, target);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(target);
          shares.forEach((s, i) =>
            expect(Math.abs(s - (total === 0 ? 0 : (target * poor[i]!) / total))).toBeLessThan(1)
          );
        }
      )
    );
  });

  it("proportional with binding caps still sums to the target and respects caps", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(50), fc.nat(50)), { minLength: 1, maxLength: 20 }),
        fc.nat(),
        (pairs, seed) => {
          const weights = pairs.map(([w]) => w);
          const caps = pairs.map(([, c]) => c);
          const capTotal = caps.reduce((a, b) => a + b, 0);
          const target = seed % (capTotal + 1);
          const shares = shareProportionally(weights, caps, target);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(target);
          shares.forEach((s, i) => expect(s).toBeLessThanOrEqual(caps[i]!));
        }
      )
    );
  });

  it("highest-rate: no unit ends with a projected rate below another's by more than one household's worth", () => {
    fc.assert(
      fc.property(unitsArb, fc.double({ min: 0, max: 1, noNaN: true }), (units, share) => {
        const rateUnits = units.map((u) => ({ poor: u.poor, households: u.poor + u.extra + 1 }));
        const target = Math.floor(share * rateUnits.reduce((a, u) => a + u.poor, 0));
        const cuts = shareByHighestRate(rateUnits, target);
        rateUnits.forEach((a, i) => {
          if (cuts[i] === 0) return;
          const lastBefore = (a.poor - cuts[i]! + 1) / a.households;
          rateUnits.forEach((b, j) =>
            expect((b.poor - cuts[j]!) / b.households).toBeLessThanOrEqual(lastBefore + 1e-12)
          );
        });
      }),
      { numRuns: 100 }
    );
  });
});

describe("locked units (property-based)", () => {
  it.each(["proportional", "highest-rate"] as const)(
    "%s: locks are kept, the rest sums to the target, nobody above its poor",
    (method) => {
      fc.assert(
        fc.property(
          unitsArb,
          fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 25, maxLength: 25 }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          (units, lockShares, share) => {
            const data = tableOf(
              units.map((u) => ({ households: u.poor + u.extra + 1, poor: u.poor }))
            );
            const locks = units
              .map((u, i) => ({
                unit: `Thôn ${i + 1}`,
                cut: Math.floor((lockShares[i] ?? 0) * u.poor),
              }))
              .filter((_, i) => (lockShares[i] ?? 0) > 0.5);
            const locked = locks.reduce((a, l) => a + l.cut, 0);
            const freePoor = units
              .filter((_, i) => !locks.some((l) => l.unit === `Thôn ${i + 1}`))
              .reduce((a, u) => a + u.poor, 0);
            const target = locked + Math.floor(share * freePoor);
            const r = allocateTarget(data, target, method, { locks });
            if (!r.ok) throw new Error(r.reason);
            expect(r.cuts.reduce((a, c) => a + c.cut, 0)).toBe(target);
            for (const l of locks) expect(r.cuts.find((c) => c.name === l.unit)?.cut).toBe(l.cut);
            r.cuts.forEach((c, i) => expect(c.cut).toBeLessThanOrEqual(units[i]!.poor));
          }
        ),
        { numRuns: 100 }
      );
    }
  );
});
