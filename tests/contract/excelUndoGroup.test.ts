/**
 * Excel's own Ctrl+Z: from ExcelApi 1.20 (`RunOptions.mergeUndoGroup`: "Api set: ExcelApi 1.20" in the RunOptions
 * reference, and listed on the "ExcelApi 1.20 requirement set" page) each pane write is one Excel.run with `mergeUndoGroup`, so one Ctrl+Z undoes
 * it; and a normal allocate and undo never makes a call that would clear the officer's Ctrl+Z history.
 */
import type { WritePlan } from "../../src/core";
import { uiText } from "../../src/taskpane/messages";
import { excelHostOn } from "../excelFake/excelHostOn";
import { FakeExcel } from "../excelFake/FakeExcel";

const plan: WritePlan = {
  action: "allocate",
  sheets: [{ sheet: "S", writes: [2, 3].map((row) => ({ row, col: 2, cell: { value: row } })) }],
};

function open(excelApi: string) {
  const fake = FakeExcel.fromSpecs(
    [
      {
        name: "S",
        rows: [
          ["Thôn", "Giảm"],
          ["A", null],
          ["B", null],
        ],
      },
    ],
    {
      excelApi,
    }
  );
  const host = excelHostOn(fake);
  return { fake, host };
}

describe("Excel's own undo", () => {
  it("from ExcelApi 1.20 each write is one undo group, and nothing clears the officer's Ctrl+Z history", async () => {
    const { fake, host } = open("1.20");
    await host.apply(plan);
    expect(await host.undo()).toMatchObject({ status: "done" });
    expect(fake.runOptions).toHaveLength(2);
    for (const o of fake.runOptions) expect(o.mergeUndoGroup).toBe(true);
    expect(fake.undoHistoryClears).toEqual([]);
  });

  it("below 1.20 the option is not sent (it is not in ExcelApi 1.19)", async () => {
    const { fake, host } = open("1.19");
    await host.apply(plan);
    await host.readGrid("S");
    expect(fake.runOptions.some((o) => o.mergeUndoGroup)).toBe(false);
  });

  it("reads are not undo groups", async () => {
    const { fake, host } = open("1.20");
    await host.readGrid("S");
    expect(fake.runOptions.some((o) => o.mergeUndoGroup)).toBe(false);
  });
});

describe("the self-test clears Excel's Ctrl+Z history, and says so before it runs", () => {
  it("its hint says it, in both languages", () => {
    expect(uiText("vi", "selfTestHint")).toMatch(/Ctrl\+Z/);
    expect(uiText("en", "selfTestHint")).toMatch(/Ctrl\+Z/);
  });
});
