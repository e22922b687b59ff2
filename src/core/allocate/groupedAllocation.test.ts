import { buildTable } from "../../../tests/core/helpers/buildTable";
import type { RawValue } from "../model/cell";
import { toA1 } from "../address";
import type { CellWrite } from "../model/plan";
import { buildFixPlan } from "../fix/buildFixPlan";
import { buildIssueFix } from "../fix/buildIssueFix";
import { validateTable } from "../validate/validateTable";
import { allocateTarget } from "./allocateTarget";
import { buildAllocationPlan } from "./buildAllocationPlan";

const HEAD = ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Số hộ giảm nghèo", "Tỷ lệ giảm (%)"];
/** A merged commune: the totals first, each former commune's heading row carrying its sub-total. */
const MERGED: RawValue[][] = [
  HEAD,
  [null, "TOÀN XÃ", 400, 20, null, null],
  ["I", "Xã Hưng Thịnh (cũ)", 250, 15, null, null],
  [1, "Thôn 1", 100, 5, null, null],
  [2, "Thôn 2", 150, 10, null, null],
  ["II", "Xã Hưng Lợi (cũ)", 150, 5, null, null],
  [3, "Thôn 3", 70, 2, null, null],
  [4, "Thôn 4", 80, 3, null, null],
];

const show = (w: CellWrite): string => {
  const c = w.cell;
  const v = !c ? "" : "formula" in c ? `${c.formula}→${String(c.result)}` : String(c.value);
  return `${toA1(w.row, w.col)}=${v}`;
};

function allocate(rows: RawValue[][], target: number, formulas: boolean): string[] {
  const data = buildTable(rows);
  const r = allocateTarget(data, target, "proportional");
  if (!r.ok) throw new Error(r.reason);
  const plan = buildAllocationPlan(data, r.cuts, { formulas });
  return plan.sheets[0]!.writes.filter((w) => w.col === 5).map(show);
}

describe("allocation on a grouped table", () => {
  it("cuts units only and writes each group's sub-total and the totals from the units", () => {
    expect(allocate(MERGED, 10, false)).toEqual([
      "E2=10",
      "E3=8",
      "E4=3",
      "E5=5",
      "E6=2",
      "E7=1",
      "E8=1",
    ]);
  });

  it("writes the sub-totals as formulas over their own units when asked for formulas", () => {
    expect(allocate(MERGED, 10, true)).toEqual([
      "E2==SUM(E4:E5,E7:E8)→10",
      "E3==SUM(E4:E5)→8",
      "E4=3",
      "E5=5",
      "E6==SUM(E7:E8)→2",
      "E7=1",
      "E8=1",
    ]);
  });

  it("gives no cut to a 'Trong đó' row and shares the target over the units' poor (82, not 150)", () => {
    const data = buildTable([
      HEAD,
      [1, "Thôn 1", 1000, 50, null, null],
      [2, "Thôn 2", 700, 32, null, null],
      [null, "Tổng cộng", 1700, 82, null, null],
      [null, "Trong đó: hộ DTTS", 1010, 68, null, null],
    ]);
    const r = allocateTarget(data, 17, "proportional");
    expect(r.ok && r.cuts.map((c) => c.name)).toEqual(["Thôn 1", "Thôn 2"]);
    const rows = buildAllocationPlan(data, r.ok ? r.cuts : [], { formulas: false })
      .sheets[0]!.writes.map((w) => w.row)
      .filter((row) => row === 5);
    expect(rows).toEqual([]);
  });
});

describe("fixes on a grouped table", () => {
  const rows: RawValue[][] = [
    ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"],
    ["I", "Khu phố 1", 250, 15, 7],
    [1, "Tổ 1", 100, 5, 5],
    [2, "Tổ 2", 150, 10, 6.67],
    [null, "Tổng", 250, 15, 6],
  ];

  it("recomputes a sub-total's rate from its units' sums", () => {
    const data = buildTable(rows);
    const writes = buildFixPlan(data, { formulas: true }).sheets[0]!.writes.filter(
      (w) => w.row === 2
    );
    expect(writes.map(show)).toEqual(["E2==ROUND(SUM(D3:D4)/SUM(C3:C4)*100,2)→6"]);
  });

  it("offers the sub-total rate as a one-cell fix of SUBTOTAL_MISMATCH", () => {
    const data = buildTable(rows);
    const issue = validateTable(data).find((i) => i.code === "SUBTOTAL_MISMATCH");
    expect(issue?.cell).toBe("E2");
    const plan = buildIssueFix(data, issue!);
    expect(plan?.sheets[0]!.writes.map(show)).toEqual(["E2=6"]);
  });
});
