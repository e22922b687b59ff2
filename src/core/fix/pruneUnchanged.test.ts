import type { Grid, WritePlan } from "../model";
import { pruneUnchanged } from "./pruneUnchanged";

const grid: Grid = {
  sheet: "Phụ lục",
  top: 1,
  left: 1,
  values: [[2.38, "98", 5, null]],
  formulas: [[null, null, "=A1*2", null]],
  numberFormats: [["0.00", "@", "General", "General"]],
  merges: [],
};

const plan = (writes: WritePlan["sheets"][number]["writes"], create = false): WritePlan => ({
  action: "fix",
  sheets: [{ sheet: "Phụ lục", writes, ...(create ? { create: true } : {}) }],
});

test("a value already there is dropped; a number stored as text is a change of its own kind", () => {
  const r = pruneUnchanged(
    plan([
      { row: 1, col: 1, cell: { value: 2.38 } },
      { row: 1, col: 2, cell: { value: 98 }, numberFormat: "General" },
      { row: 1, col: 4, cell: { value: 1 } },
    ]),
    () => grid
  );
  expect(r.plan?.sheets[0]?.writes.map((w) => w.col)).toEqual([2, 4]);
  expect([...r.kinds.values()]).toEqual(["textToNumber", "value"]);
  expect(r.changed).toBe(2);
});

test("nothing changes → no plan at all (the pane says so; the CLI counts 0)", () => {
  const r = pruneUnchanged(
    plan([
      { row: 1, col: 1, cell: { value: 2.380000000001 }, numberFormat: "0.00" },
      { row: 1, col: 3, cell: { formula: "= A1 * 2" } },
    ]),
    () => grid
  );
  expect(r.plan).toBeNull();
  expect(r.changed).toBe(0);
});

test("a formula over a value, a value over a formula, and a format alone are changes", () => {
  const r = pruneUnchanged(
    plan([
      { row: 1, col: 1, cell: { formula: "=B1" } },
      { row: 1, col: 3, cell: { value: 5 } },
      { row: 1, col: 4, numberFormat: "0.00" },
    ]),
    () => grid
  );
  expect([...r.kinds.values()]).toEqual(["formula", "value", "format"]);
});

test("a created sheet is kept whole", () => {
  const r = pruneUnchanged(plan([{ row: 1, col: 1, cell: { value: 2.38 } }], true), () => grid);
  expect(r.plan?.sheets[0]?.writes).toHaveLength(1);
  expect(r.changed).toBe(1);
});
