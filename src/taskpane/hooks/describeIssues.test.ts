import { describeGroup } from "./describeIssues";
import type { IssueRowGroup } from "./issueTree";

const group = (p: Partial<IssueRowGroup>): IssueRowGroup => ({
  row: 9,
  name: null,
  group: null,
  subtotal: false,
  totals: false,
  entries: [],
  ...p,
});

test("a row's heading names the village, its group, a group's sub-total, or the totals row", () => {
  expect(describeGroup(group({ name: "Làng Gió" }), "vi")).toBe("Dòng 9 · Làng Gió");
  expect(describeGroup(group({ name: "Thôn 1", group: "Xã Hưng Thịnh (cũ)" }), "vi")).toBe(
    "Dòng 9 · Thôn 1 · Xã Hưng Thịnh (cũ)"
  );
  expect(describeGroup(group({ row: 10, group: "Xã Hưng Lợi (cũ)", subtotal: true }), "vi")).toBe(
    "Dòng 10 · dòng cộng Xã Hưng Lợi (cũ)"
  );
  expect(describeGroup(group({ row: 14, totals: true }), "vi")).toBe("Dòng tổng (dòng 14)");
  expect(describeGroup(group({ row: 14, totals: true }), "en")).toBe("Totals row (row 14)");
  expect(describeGroup(group({ row: 12 }), "vi")).toBe("Dòng 12");
});
