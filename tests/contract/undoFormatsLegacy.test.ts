/**
 * Issue 15 below ExcelApi 1.9 (the manifest asks 1.7): `getCellProperties` is not there, so the formats a write
 * changes are read with 1.1 properties, one styled cell at a time, in the syncs apply and undo already make; undo
 * puts them back and compares before it does, as above 1.9 (docs/excel-behaviours.md, "Formats").
 */
import type { UndoResult, WritePlan } from "../../src/core";
import { excelHostOn } from "../excelFake/excelHostOn";
import { FakeExcel, type FakeSheetSpec } from "../excelFake/FakeExcel";

function open(specs: readonly FakeSheetSpec[]) {
  const fake = FakeExcel.fromSpecs(specs, { excelApi: "1.7" });
  const host = excelHostOn(fake);
  return { fake, host };
}

const appendix: FakeSheetSpec = {
  name: "Phụ lục",
  rows: [
    ["TT", "Thôn", "Số hộ"],
    ["(1)", "(2)", "(3)"],
    [1, "Quang Trung", 120],
    [2, "Làng Mài", 98],
  ],
};

/** The allocation's new column D: a bold, wrapped, centred, bordered header over two values. */
const newColumn: WritePlan = {
  action: "allocate",
  sheets: [
    {
      sheet: "Phụ lục",
      writes: [
        {
          row: 1,
          col: 4,
          cell: { value: "Số hộ giảm nghèo" },
          style: { bold: true, wrap: true, horizontal: "center", border: true, fill: "#F2F2F2" },
        },
        ...[3, 4].map((row, i) => ({ row, col: 4, cell: { value: i + 2 } })),
      ],
    },
  ],
};

const sheetState = (fake: FakeExcel) => fake.exportState().find((s) => s.name === "Phụ lục");
const kept = (r: UndoResult) => (r.status === "partial" || r.status === "refused" ? r.kept : []);

describe("below ExcelApi 1.9, undo restores the formats a write changed", () => {
  it("puts back bold, wrap, alignment, fill and the officer's thick red line, in two syncs", async () => {
    const { fake, host } = open([appendix]);
    expect(fake.requirements("ExcelApi", "1.9")).toBe(false);
    fake.officer.formatCell("Phụ lục", "D1", {
      horizontal: "Left",
      borders: { EdgeBottom: "Continuous" },
      borderColors: { EdgeBottom: "#FF0000" },
      borderWeights: { EdgeBottom: "Thick" },
    });
    const before = sheetState(fake);
    fake.resetSyncs();
    await host.apply(newColumn);
    expect(fake.syncCount).toBe(2);
    expect(sheetState(fake)?.cells.D1).toMatchObject({ bold: true, fill: "#F2F2F2" });
    fake.resetSyncs();
    expect(await host.undo()).toMatchObject({ status: "done" });
    expect(fake.syncCount).toBe(2);
    expect(sheetState(fake)).toEqual(before);
  });

  it("keeps a cell whose format the officer changed since, and names it", async () => {
    const { fake, host } = open([appendix]);
    await host.apply(newColumn);
    fake.officer.formatCell("Phụ lục", "D1", { wrap: false });
    const r = await host.undo();
    expect(kept(r)).toEqual([{ sheet: "Phụ lục", address: "D1", reason: "edited" }]);
    expect(sheetState(fake)?.cells.D1).toMatchObject({ value: "Số hộ giảm nghèo", bold: true });
    expect(sheetState(fake)?.cells.D3?.value ?? "").toBe("");
  });

  it("follows the header when a row was inserted above it (one sync more, only then)", async () => {
    const { fake, host } = open([appendix]);
    await host.apply(newColumn);
    fake.officer.insertRows("Phụ lục", 1, 1);
    fake.officerEdit("Phụ lục", "A1", "PHỤ LỤC");
    fake.resetSyncs();
    expect(await host.undo()).toMatchObject({ status: "done" });
    expect(fake.syncCount).toBe(3);
    // The header, now in D2, is gone with every format it had: no value and no format left to list.
    expect(sheetState(fake)?.cells.D2).toBeUndefined();
    expect(sheetState(fake)?.cells.A1?.value).toBe("PHỤ LỤC");
  });
});
