import { buildTable } from "../../../tests/core/helpers/buildTable";
import { formatAllocationFailure } from "../report/formatAllocationFailure";
import { allocateTarget } from "./allocateTarget";

/** A near-poor-only table: the officer asks for a poor target anyway. */
const NEAR_POOR_ONLY = buildTable([
  ["TT", "Thôn", "Tổng số hộ", "Số hộ cận nghèo", "Tỷ lệ (%)"],
  [1, "Thôn 1", 126, 5, 3.97],
  [2, "Thôn 2", 203, 8, 3.94],
  [null, "Tổng", 329, 13, 3.95],
]);

describe("a poor target on a table without a poor column", () => {
  const r = allocateTarget(NEAR_POOR_ONLY, 2, "proportional");

  it("says the table has no poor column, pointing at no cell", () => {
    expect(r).toEqual({ ok: false, reason: "NO_POOR_COLUMN", target: 2, nearPoorColumn: true });
  });

  it("points the officer at the near-poor target, never at the unit names", () => {
    if (r.ok) throw new Error("allocated");
    const vi = formatAllocationFailure(r, "vi");
    expect(vi).toBe(
      "Bảng chỉ có số hộ cận nghèo, không có cột “Số hộ nghèo”, nên không phân bổ được chỉ tiêu giảm hộ nghèo. Hãy giao chỉ tiêu giảm hộ cận nghèo thay vào đó."
    );
    expect(vi).not.toMatch(/B\d/);
    expect(formatAllocationFailure(r, "en")).toMatch(/near-poor target instead/);
  });

  it("without a near-poor column either, says only that the poor column is missing", () => {
    const data = buildTable([
      ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo"],
      [1, "Thôn 1", 126, 5],
    ]);
    const noPoor = { ...data, layout: { ...data.layout, columns: { unit: 2, households: 3 } } };
    const failed = allocateTarget(noPoor, 1, "proportional");
    expect(failed).toEqual({ ok: false, reason: "NO_POOR_COLUMN", target: 1 });
    if (failed.ok) throw new Error("allocated");
    expect(formatAllocationFailure(failed, "vi")).toBe(
      "Bảng không có cột “Số hộ nghèo” nên chưa phân bổ được chỉ tiêu giảm hộ nghèo."
    );
  });
});
