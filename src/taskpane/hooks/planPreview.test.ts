import type { Grid, WritePlan } from "../../core";
import { previewPlan } from "./planPreview";

const grid: Grid = {
  sheet: "S",
  top: 1,
  left: 1,
  values: [
    ["a", "b"],
    [1, 2],
  ],
  formulas: [
    [null, null],
    [null, null],
  ],
  numberFormats: [
    ["General", "General"],
    ["General", "General"],
  ],
  merges: [],
  tables: [{ name: "T", range: { top: 1, left: 1, bottom: 2, right: 2 } }],
};

test("a formula into an Excel Table is counted: the preview says its value is written instead", () => {
  const plan: WritePlan = {
    action: "fix",
    sheets: [{ sheet: "S", writes: [{ row: 2, col: 2, cell: { formula: "=A2*2", result: 2 } }] }],
  };
  expect(previewPlan(plan, () => grid, "vi")?.preview.valuesInTable).toBe(1);
  expect(previewPlan(plan, () => ({ ...grid, tables: [] }), "vi")?.preview.valuesInTable).toBe(0);
});
