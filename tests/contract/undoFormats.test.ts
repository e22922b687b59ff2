/**
 * Issue 15: undo restores every format a write changed — bold, wrap, alignment, borders, merges — and compares
 * before it restores: a cell whose format the officer changed since is kept, as a cell whose value the officer
 * changed is (docs/excel-behaviours.md, "Formats"). On the strict fake, failing on the code before the fix.
 */
import type { UndoResult, WritePlan } from "../../src/core";
import { excelHostOn } from "../excelFake/excelHostOn";
import { FakeExcel, type FakeExcelOptions, type FakeSheetSpec } from "../excelFake/FakeExcel";

function open(specs: readonly FakeSheetSpec[], options: FakeExcelOptions = {}) {
  const fake = FakeExcel.fromSpecs(specs, options);
  const host = excelHostOn(fake);
  return { fake, host };
}

/** An appendix with a two-row header; the allocation adds its cut column D with a merged, bold, wrapped header. */
const appendix: FakeSheetSpec = {
  name: "Phụ lục",
  rows: [
    ["TT", "Thôn", "Số hộ"],
    ["(1)", "(2)", "(3)"],
    [1, "Quang Trung", 120],
    [2, "Làng Mài", 98],
    [3, "Bản Cải", 150],
  ],
};

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
          style: { bold: true, wrap: true, horizontal: "center", border: true },
        },
        ...[3, 4, 5].map((row, i) => ({ row, col: 4, cell: { value: i + 2 } })),
      ],
      merges: [{ top: 1, left: 4, bottom: 2, right: 4 }],
    },
  ],
};

const sheetState = (fake: FakeExcel) => fake.exportState().find((s) => s.name === "Phụ lục");
const kept = (r: UndoResult) => (r.status === "partial" || r.status === "refused" ? r.kept : []);

describe("undo restores the formats a write changed", () => {
  it("bold, wrap, alignment, borders and the merge are back as they were", async () => {
    const { fake, host } = open([appendix]);
    // The officer's own look of the cell the header goes into: a dashed line under it, left-aligned.
    fake.officer.formatCell("Phụ lục", "D1", {
      borders: { EdgeBottom: "Dash" },
      horizontal: "Left",
    });
    const before = sheetState(fake);
    await host.apply(newColumn);
    const written = sheetState(fake);
    expect(written?.cells.D1).toMatchObject({ bold: true, wrap: true, horizontal: "Center" });
    expect(written?.cells.D1?.borders).toMatchObject({
      EdgeTop: "Continuous",
      EdgeBottom: "Continuous",
    });
    expect(written?.merges).toEqual(["D1:D2"]);

    fake.resetSyncs();
    expect(await host.undo()).toMatchObject({ status: "done" });
    // The formats are read with the sheet in undo's first sync: no sync more than before.
    expect(fake.syncCount).toBe(2);
    expect(sheetState(fake)).toEqual(before);
  });

  it("keeps a cell whose format the officer changed since, and names it", async () => {
    const { fake, host } = open([appendix]);
    await host.apply(newColumn);
    fake.officer.formatCell("Phụ lục", "D1", { bold: false });
    const r = await host.undo();
    expect(r.status).toBe("partial");
    expect(kept(r)).toEqual([{ sheet: "Phụ lục", address: "D1", reason: "edited" }]);
    const d1 = sheetState(fake)?.cells.D1;
    expect(d1).toMatchObject({ value: "Số hộ giảm nghèo", bold: false, wrap: true });
    expect(["D3", "D4", "D5"].map((a) => sheetState(fake)?.cells[a]?.value ?? "")).toEqual([
      "",
      "",
      "",
    ]);
  });

  it("never unmerges a merge the officer had made there", async () => {
    const { fake, host } = open([{ ...appendix, merges: ["D1:D2"] }]);
    await host.apply(newColumn);
    expect(sheetState(fake)?.merges).toEqual(["D1:D2"]);
    await host.undo();
    expect(sheetState(fake)?.merges).toEqual(["D1:D2"]);
  });

  it("leaves a merge the officer redid otherwise since", async () => {
    const { fake, host } = open([appendix]);
    await host.apply(newColumn);
    fake.officer.mergeCells("Phụ lục", "D1:E2");
    await host.undo();
    expect(sheetState(fake)?.merges).toEqual(["D1:E2"]);
  });

  it("follows the header when rows were inserted above it (one sync more, only then)", async () => {
    const { fake, host } = open([appendix]);
    fake.officer.formatCell("Phụ lục", "D1", { borders: { EdgeBottom: "Dash" } });
    await host.apply(newColumn);
    fake.officer.insertRows("Phụ lục", 1, 1);
    fake.officerEdit("Phụ lục", "A1", "PHỤ LỤC");
    fake.resetSyncs();
    expect(await host.undo()).toMatchObject({ status: "done" });
    expect(fake.syncCount).toBe(3);
    const s = sheetState(fake);
    expect(s?.merges).toEqual([]);
    expect(s?.cells.D2).toEqual(
      expect.objectContaining({ value: "", bold: false, wrap: false, horizontal: null })
    );
    expect(s?.cells.D2?.borders).toEqual({ EdgeBottom: "Dash" });
  });

  it("puts back the officer's thick red line under a header cell the add-in restyled", async () => {
    const { fake, host } = open([appendix]);
    fake.officer.formatCell("Phụ lục", "D1", {
      borders: { EdgeBottom: "Continuous" },
      borderColors: { EdgeBottom: "#FF0000" },
      borderWeights: { EdgeBottom: "Thick" },
    });
    const before = sheetState(fake);
    await host.apply(newColumn);
    expect(sheetState(fake)?.cells.D1).toMatchObject({ borderColors: {}, borderWeights: {} });
    fake.resetSyncs();
    expect(await host.undo()).toMatchObject({ status: "done" });
    expect(fake.syncCount).toBe(2);
    expect(sheetState(fake)?.cells.D1).toEqual(before?.cells.D1);
    expect(sheetState(fake)).toEqual(before);
  });

  it("keeps a line the officer recoloured or thickened after the write, and names it", async () => {
    for (const change of [
      { borderColors: { EdgeBottom: "#0070C0" } },
      { borderWeights: { EdgeTop: "Medium" } },
    ]) {
      const { fake, host } = open([appendix]);
      await host.apply(newColumn);
      fake.officer.formatCell("Phụ lục", "D1", change);
      const r = await host.undo();
      expect(kept(r)).toEqual([{ sheet: "Phụ lục", address: "D1", reason: "edited" }]);
      expect(sheetState(fake)?.cells.D1).toMatchObject({ value: "Số hộ giảm nghèo", ...change });
    }
  });
});
