import { FIXTURES, loadXlsxGrid } from "./helpers/loadXlsxGrid";
import {
  allocateTarget,
  buildAllocationPlan,
  buildFixPlan,
  buildIssueFix,
  detectTables,
  readTable,
  tableToJson,
  toA1,
  validateTable,
} from "../../src/core";
import type { CellWrite, TableData, TableLayout } from "../../src/core";

async function loadData(name: string): Promise<TableData> {
  const grid = await loadXlsxGrid(`${FIXTURES}/${name}`);
  const r = detectTables(grid);
  if (!r.ok) throw new Error(r.reason);
  return readTable(grid, r.tables[0] as TableLayout);
}

const byA1 = (writes: readonly CellWrite[]): Record<string, unknown> =>
  Object.fromEntries(
    writes.map((w) => [
      toA1(w.row, w.col),
      w.cell && ("formula" in w.cell ? w.cell.formula : w.cell.value),
    ])
  );

describe("buildFixPlan on the error fixture", () => {
  it("recomputes rates as values, converts D13 to a number, skips cells fed by E10 and never touches counts", async () => {
    const data = await loadData("binh-luong-2024-errors.xlsx");
    const w = byA1(buildFixPlan(data, { formulas: false }).sheets[0]!.writes);
    expect(w.F9).toBe(2.38);
    expect(w.D13).toBe(98);
    expect(w.I11).toBe(-0.95);
    expect(w.H14).toBe(1.37);
    for (const skipped of ["F10", "I10", "F14", "I14", "E10", "E14", "G14", "G11"])
      expect(w).not.toHaveProperty(skipped);
    expect(Object.keys(w).filter((k) => /^[CDEG]/.test(k))).toEqual(["D13"]);
  });

  it("writes formulas with cached results, totals from SUM over the unit rows", async () => {
    const data = await loadData("binh-luong-2024.xlsx");
    const plan = buildFixPlan(data, { formulas: true });
    expect(plan.action).toBe("fix");
    const writes = plan.sheets[0]!.writes;
    const f8 = writes.find((x) => x.row === 8 && x.col === 6);
    expect(f8?.cell).toEqual({ formula: "=ROUND(E8/D8*100,2)", result: 0.79 });
    const w = byA1(writes);
    expect(w.I8).toBe("=ROUND((E8-G8)/D8*100,2)");
    expect(w.F14).toBe("=ROUND(SUM(E8:E13)/SUM(D8:D13)*100,2)");
    expect(w.I14).toBe("=ROUND((SUM(E8:E13)-SUM(G8:G13))/SUM(D8:D13)*100,2)");
    expect(writes.find((x) => x.row === 14 && x.col === 9)?.cell).toEqual(
      expect.objectContaining({ result: 3.02 })
    );
    expect(writes).toHaveLength(7 * 3);
  });
});

describe("buildIssueFix on the error fixture", () => {
  it("fixes what it can and leaves counts to the officer", async () => {
    const data = await loadData("binh-luong-2024-errors.xlsx");
    const issues = validateTable(data);
    const fixes = Object.fromEntries(
      issues.map((i) => [`${i.code}@${i.cell}`, buildIssueFix(data, i)])
    );
    expect(byA1(fixes["RATE_MISMATCH@F9"]!.sheets[0]!.writes)).toEqual({ F9: 2.38 });
    expect(byA1(fixes["NOT_A_NUMBER@E10"]!.sheets[0]!.writes)).toEqual({ E10: 4 });
    expect(byA1(fixes["NUMBER_AS_TEXT@D13"]!.sheets[0]!.writes)).toEqual({ D13: 98 });
    expect(fixes["TOTAL_MISMATCH@G14"]).toBeNull();
    expect(fixes["CUT_EXCEEDS_POOR@G11"]).toBeNull();
    expect(fixes["NEGATIVE_VALUE@I11"]).toBeNull();
  });
});

describe("allocation on the clean fixture", () => {
  it("shares 10 households proportionally (Hamilton) and writes cuts, rates and the totals row", async () => {
    const data = await loadData("binh-luong-2024.xlsx");
    const r = allocateTarget(data, 10, "proportional");
    expect(r.ok && r.cuts.map((c) => c.cut)).toEqual([0, 1, 1, 1, 3, 4]);
    if (!r.ok) return;
    const w = byA1(buildAllocationPlan(data, r.cuts, { formulas: false }).sheets[0]!.writes);
    expect(w).toMatchObject({ G9: 1, H9: 0.79, I9: 1.59, G14: 10, H14: 1.37, I14: 3.02 });
    const f = byA1(buildAllocationPlan(data, r.cuts, { formulas: true }).sheets[0]!.writes);
    expect(f).toMatchObject({ G14: "=SUM(G8:G13)", H8: "=ROUND(G8/D8*100,2)" });
  });

  it("shares by highest rate, one household at a time", async () => {
    const data = await loadData("binh-luong-2024.xlsx");
    const r = allocateTarget(data, 10, "highest-rate");
    expect(r.ok && r.cuts.map((c) => c.cut)).toEqual([0, 0, 0, 0, 2, 8]);
  });

  it("refuses a target above the poor households", async () => {
    const data = await loadData("binh-luong-2024.xlsx");
    expect(allocateTarget(data, 33, "proportional")).toEqual({
      ok: false,
      reason: "TARGET_EXCEEDS_POOR",
      target: 33,
      totalPoor: 32,
    });
  });
});

describe("tableToJson", () => {
  it("gives the DESIGN.md shape", async () => {
    const data = await loadData("binh-luong-2024-errors.xlsx");
    const json = tableToJson(data, validateTable(data), "vi");
    expect(json).toMatchObject({
      sheet: "Phụ lục",
      range: "A5:I14",
      headerRows: [5, 7],
      dataRows: [8, 13],
      totalsRow: 14,
    });
    expect(json.columns).toEqual({
      index: "A",
      unit: "B",
      population: "C",
      households: "D",
      poor: "E",
      poorRate: "F",
      poorCut: "G",
      poorCutRate: "H",
      projectedPoorRate: "I",
    });
    expect(json.units[0]).toEqual({
      row: 8,
      name: "Quang Trung",
      population: 479,
      households: 126,
      poor: 1,
      poorRate: 0.79,
      poorCut: 0,
      poorCutRate: 0,
      projectedPoorRate: 0.79,
    });
    expect(json.units[2]?.poor).toBeNull();
    expect(json.issues[0]).toEqual({
      code: "RATE_MISMATCH",
      severity: "error",
      cell: "F9",
      role: "poorRate",
      actual: 2.83,
      expected: 2.38,
      message: expect.stringContaining("F9"),
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
