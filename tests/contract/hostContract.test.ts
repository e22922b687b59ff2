/**
 * One contract for every WorkbookHost: the Office.js host (over the strict Excel fake) and the .xlsx host are
 * opened from the same bytes and must behave the same.
 */
import {
  buildFixPlan,
  detectTables,
  HostError,
  readTable,
  validateTable,
  type WritePlan,
} from "../../src/core";
import {
  buildXlsx,
  comparable,
  excelLeg,
  fixture,
  formatAt,
  formulaAt,
  valueAt,
  xlsxLeg,
  type Leg,
} from "./workbooks";

const CLEAN = "binh-luong-2024.xlsx";
const ERRORS = "binh-luong-2024-errors.xlsx";

/** A plan touching every kind of write the engine uses. */
const PLAN: WritePlan = {
  action: "contract",
  sheets: [
    {
      sheet: "Phụ lục",
      writes: [
        { row: 9, col: 6, cell: { value: 2.5 }, numberFormat: "0.000" },
        { row: 10, col: 6, cell: { formula: "=ROUND(E10/D10*100,2)", result: 3.08 } },
        { row: 8, col: 1, cell: { value: null } },
        { row: 16, col: 2, cell: { value: '=HYPERLINK("x")' } },
        { row: 17, col: 2, cell: { value: "98" } },
        { row: 18, col: 2, cell: { value: "-5 hộ" } },
        { row: 19, col: 2, cell: { value: "@ghi chú" } },
        { row: 20, col: 2, cell: { value: "+84 912" } },
      ],
    },
    {
      sheet: "Tổng hợp",
      create: true,
      writes: [
        {
          row: 1,
          col: 1,
          cell: { value: "Thôn" },
          style: { bold: true, fill: "#DDEBF7", border: true },
        },
        {
          row: 1,
          col: 2,
          cell: { value: "Số hộ" },
          style: { bold: true, fill: "#DDEBF7", border: true },
        },
        { row: 2, col: 1, cell: { value: "Quang Trung" } },
        { row: 2, col: 2, cell: { value: 126 }, numberFormat: "0" },
        { row: 3, col: 1, cell: { value: "Cộng" } },
        { row: 3, col: 2, cell: { formula: "=SUM(B2:B2)", result: 126 } },
        { row: 5, col: 1, cell: { value: "Ghi chú" } },
      ],
      merges: [{ top: 5, left: 1, bottom: 5, right: 3 }],
      columnWidths: [{ col: 1, width: 20 }],
      validations: [
        {
          range: { top: 2, left: 2, bottom: 3, right: 2 },
          type: "whole",
          min: 0,
          max: 1000,
          prompt: "Số hộ",
        },
      ],
      freezeRows: 1,
    },
  ],
};

const LEGS: readonly Leg[] = [excelLeg, xlsxLeg];

describe.each(LEGS)("WorkbookHost contract: $name", (leg) => {
  it("lists sheets in tab order", async () => {
    const data = await buildXlsx([
      { name: "Phụ lục", rows: [[1]] },
      { name: "Ghi chú", rows: [["x"]] },
    ]);
    const { host } = await leg.open(data);
    expect(await host.listSheets()).toEqual(["Phụ lục", "Ghi chú"]);
    expect(await host.activeSheet()).toBe("Phụ lục");
    await host.selectCell("Ghi chú", "A1");
    expect(await host.activeSheet()).toBe("Ghi chú");
  });

  it("reads the fixture's used range with values, formats and merges at absolute addresses", async () => {
    const { host } = await leg.open(fixture(CLEAN));
    const grid = await host.readGrid("Phụ lục");
    expect([grid.top, grid.left, grid.values.length, grid.values[0]?.length]).toEqual([
      1, 1, 14, 9,
    ]);
    expect(valueAt(grid, "F9")).toBe(2.38);
    expect(formatAt(grid, "F9")).toBe("0.00");
    expect(valueAt(grid, "B14")).toBe("Tổng:");
    expect(valueAt(grid, "E5")).toBeNull(); // merged slave of D5:I5
    expect(valueAt(grid, "A6")).toBeNull(); // merged slave of A5:A7
    expect(comparable(grid).merges).toEqual(
      expect.arrayContaining([
        { top: 5, left: 1, bottom: 7, right: 1 },
        { top: 5, left: 4, bottom: 5, right: 9 },
        { top: 6, left: 4, bottom: 6, right: 6 },
        { top: 6, left: 7, bottom: 6, right: 9 },
      ])
    );
  });

  it("reads a grid that starts below and right of A1, with errors, booleans, text numbers and formulas", async () => {
    const data = await buildXlsx([
      {
        name: "S",
        origin: { row: 3, col: 2 },
        rows: [
          ["Thôn", "Số hộ", "Tỷ lệ"],
          ["Làng Gió", "98", { formula: "C4/2", result: 49 }],
          [true, { error: "#DIV/0!" }, 0.0439],
          ["Ghi chú: số liệu năm 2024", null, null],
        ],
        formats: { D5: "0.00%" },
        merges: ["B6:D6"],
      },
    ]);
    const { host } = await leg.open(data);
    const grid = await host.readGrid("S");
    expect([grid.top, grid.left]).toEqual([3, 2]);
    expect(valueAt(grid, "C4")).toBe("98");
    expect(formulaAt(grid, "D4")).toBe("=C4/2");
    expect(valueAt(grid, "D4")).toBe(49);
    expect(valueAt(grid, "B5")).toBe(true);
    expect(valueAt(grid, "C5")).toEqual({ error: "#DIV/0!" });
    expect(formatAt(grid, "D5")).toBe("0.00%");
    expect(grid.merges).toEqual([{ top: 6, left: 2, bottom: 6, right: 4 }]);
  });

  it("a missing sheet is a HostError with Vietnamese words, for read, select, highlight and apply", async () => {
    const { host } = await leg.open(fixture(CLEAN));
    const expectMissing = async (p: Promise<unknown>) => {
      const e = await p.then(
        () => null,
        (err: unknown) => err
      );
      expect(e).toBeInstanceOf(HostError);
      expect((e as HostError).code).toBe("SHEET_NOT_FOUND");
      expect((e as HostError).message).toContain("Không tìm thấy trang tính “Không có”");
    };
    await expectMissing(host.readGrid("Không có"));
    await expectMissing(host.selectCell("Không có", "A1"));
    await expectMissing(host.highlight("Không có", ["A1"]));
    await expectMissing(
      host.apply({
        action: "x",
        sheets: [
          { sheet: "Mới", create: true, writes: [{ row: 1, col: 1, cell: { value: 1 } }] },
          { sheet: "Không có", writes: [{ row: 1, col: 1, cell: { value: 1 } }] },
        ],
      })
    );
    expect(await host.listSheets()).toEqual(["Phụ lục"]);
    expect(host.undoDepth()).toBe(0);
  });

  it("creating a sheet that exists is SHEET_EXISTS and writes nothing", async () => {
    const { host } = await leg.open(fixture(CLEAN));
    const before = await host.readGrid("Phụ lục");
    const e = await host
      .apply({
        action: "x",
        sheets: [
          { sheet: "Phụ lục", writes: [{ row: 9, col: 6, cell: { value: 0 } }] },
          { sheet: "Phụ lục", create: true, writes: [] },
        ],
      })
      .catch((err: unknown) => err);
    expect((e as HostError).code).toBe("SHEET_EXISTS");
    expect(await host.readGrid("Phụ lục")).toEqual(before);
  });

  it("applies values, formulas, number formats, text that looks like a formula or number, a new sheet, validation", async () => {
    const opened = await leg.open(fixture(CLEAN));
    const { host } = opened;
    const result = await host.apply(PLAN);
    expect(result).toEqual({ cellsWritten: 15, sheetsCreated: ["Tổng hợp"] });
    expect(await host.listSheets()).toEqual(["Phụ lục", "Tổng hợp"]);
    const grid = await host.readGrid("Phụ lục");
    expect(valueAt(grid, "F9")).toBe(2.5);
    expect(formatAt(grid, "F9")).toBe("0.000");
    expect(formulaAt(grid, "F10")).toBe("=ROUND(E10/D10*100,2)");
    expect(valueAt(grid, "A8")).toBeNull();
    expect(valueAt(grid, "B16")).toBe('=HYPERLINK("x")');
    expect(formulaAt(grid, "B16")).toBeNull();
    expect(valueAt(grid, "B17")).toBe("98");
    expect(valueAt(grid, "B18")).toBe("-5 hộ");
    expect(valueAt(grid, "B19")).toBe("@ghi chú");
    expect(valueAt(grid, "B20")).toBe("+84 912");
    for (const a of ["B16", "B17", "B18", "B19", "B20"]) expect(formulaAt(grid, a)).toBeNull();
    const summary = await host.readGrid("Tổng hợp");
    expect(summary.values.slice(0, 3)).toEqual([
      ["Thôn", "Số hộ", null],
      ["Quang Trung", 126, null],
      ["Cộng", expect.anything(), null],
    ]); // three columns: the grid covers the merged area A5:C5
    expect(formulaAt(summary, "B3")).toBe("=SUM(B2:B2)");
    expect(formatAt(summary, "B2")).toBe("0");
    expect(summary.merges).toEqual([{ top: 5, left: 1, bottom: 5, right: 3 }]);
    expect(opened.fillAt("Tổng hợp", "A1")).toBe("#DDEBF7");
    expect(opened.validationAt("Tổng hợp", "B3")).toEqual({ type: "whole", min: 0, max: 1000 });
    expect(opened.validationAt("Tổng hợp", "A3")).toBeNull();
  });

  it("undo restores every written cell exactly and deletes the created sheet", async () => {
    const { host } = await leg.open(fixture(CLEAN));
    const before = await host.readGrid("Phụ lục");
    await host.apply(PLAN);
    expect(host.undoDepth()).toBe(1);
    expect((await host.undo()).status).toBe("done");
    expect(await host.readGrid("Phụ lục")).toEqual(before);
    expect(await host.listSheets()).toEqual(["Phụ lục"]);
    expect(host.undoDepth()).toBe(0);
    expect((await host.undo()).status).toBe("nothing");
  });

  it("undo restores text that Excel would parse, and Text-formatted cells, as they were", async () => {
    const data = await buildXlsx([
      { name: "S", rows: [["98", "=not a formula", "TRUE", 5, "0012"]], formats: { E1: "@" } },
    ]);
    const { host } = await leg.open(data);
    const before = await host.readGrid("S");
    await host.apply({
      action: "x",
      sheets: [
        {
          sheet: "S",
          writes: [1, 2, 3, 4, 5].map((col) => ({
            row: 1,
            col,
            cell: { value: 7 },
            numberFormat: "0",
          })),
        },
      ],
    });
    expect((await host.readGrid("S")).values).toEqual([[7, 7, 7, 7, 7]]);
    await host.undo();
    expect(await host.readGrid("S")).toEqual(before);
  });

  it("undo is multi-level: each apply is one step, undone newest first", async () => {
    const { host } = await leg.open(fixture(CLEAN));
    const original = await host.readGrid("Phụ lục");
    await host.apply({
      action: "a",
      sheets: [{ sheet: "Phụ lục", writes: [{ row: 9, col: 6, cell: { value: 1 } }] }],
    });
    const afterA = await host.readGrid("Phụ lục");
    await host.apply({
      action: "b",
      sheets: [
        {
          sheet: "Phụ lục",
          writes: [
            { row: 9, col: 6, cell: { value: 2 } },
            { row: 30, col: 12, cell: { value: "x" } },
          ],
        },
        { sheet: "B", create: true, writes: [{ row: 1, col: 1, cell: { value: 1 } }] },
      ],
    });
    expect(host.undoDepth()).toBe(2);
    await host.undo();
    expect(await host.readGrid("Phụ lục")).toEqual(afterA);
    expect(await host.listSheets()).toEqual(["Phụ lục"]);
    await host.undo();
    expect(await host.readGrid("Phụ lục")).toEqual(original);
    expect(host.undoDepth()).toBe(0);
  });

  it("highlight paints cells and clearHighlight restores the original fills", async () => {
    const data = await buildXlsx([{ name: "S", rows: [[1, 2, 3]], fills: { A1: "#FF0000" } }]);
    const opened = await leg.open(data);
    const { host } = opened;
    await host.highlight("S", ["A1", "B1"]);
    const painted = opened.fillAt("S", "A1");
    expect(painted).not.toBeNull();
    expect(painted).not.toBe("#FF0000");
    expect(opened.fillAt("S", "B1")).toBe(painted);
    await host.highlight("S", ["A1"]); // highlighting twice must not forget the original fill
    await host.clearHighlight();
    expect(opened.fillAt("S", "A1")).toBe("#FF0000");
    expect(opened.fillAt("S", "B1")).toBeNull();
    expect(opened.fillAt("S", "C1")).toBeNull();
  });

  it("selects a cell on an existing sheet", async () => {
    const { host } = await leg.open(fixture(CLEAN));
    await expect(host.selectCell("Phụ lục", "F9")).resolves.toBeUndefined();
  });

  it("settings round trip", async () => {
    const { host } = await leg.open(fixture(CLEAN));
    expect(await host.loadSetting("columnMap")).toBeNull();
    await host.saveSetting("columnMap", '{"unit":2}');
    expect(await host.loadSetting("columnMap")).toBe('{"unit":2}');
  });

  it("the engine's fix plan on the errors fixture applies, re-checks cleaner, and undoes to the original", async () => {
    const { host } = await leg.open(fixture(ERRORS));
    const before = await host.readGrid("Phụ lục");
    const detected = detectTables(before);
    if (!detected.ok) throw new Error(`no table: ${detected.reason}`);
    const layout = detected.tables[0];
    if (!layout) throw new Error("no table");
    const issuesBefore = validateTable(readTable(before, layout));
    await host.apply(buildFixPlan(readTable(before, layout), { formulas: false }));
    const after = await host.readGrid("Phụ lục");
    const issuesAfter = validateTable(readTable(after, layout));
    expect(issuesAfter.map((i) => i.code)).not.toContain("RATE_MISMATCH");
    expect(issuesAfter.map((i) => i.code)).not.toContain("NUMBER_AS_TEXT");
    expect(issuesAfter.length).toBeLessThan(issuesBefore.length);
    await host.undo();
    expect(await host.readGrid("Phụ lục")).toEqual(before);
  });
});

describe("both hosts agree cell for cell", () => {
  const sameGrids = async (data: Uint8Array, sheet: string, plan?: WritePlan) => {
    const a = await excelLeg.open(data);
    const b = await xlsxLeg.open(data);
    if (plan) {
      await a.host.apply(plan);
      await b.host.apply(plan);
    }
    expect(comparable(await a.host.readGrid(sheet))).toEqual(
      comparable(await b.host.readGrid(sheet))
    );
    expect(await a.host.listSheets()).toEqual(await b.host.listSheets());
  };

  it.each([CLEAN, ERRORS])("readGrid of %s", async (name) => {
    await sameGrids(fixture(name), "Phụ lục");
  });

  it("readGrid of a generated sheet with offsets, merges, dates, errors and formats", async () => {
    const data = await buildXlsx([
      {
        name: "Số liệu",
        origin: { row: 4, col: 3 },
        rows: [
          ["Tiêu đề", null, null],
          ["Ngày", new Date(Date.UTC(2024, 0, 31)), { formula: "D5+1", result: 45323 }],
          ["4,39", 0.0439, { error: "#N/A" }],
        ],
        merges: ["C4:E4"],
        formats: { D5: "dd/mm/yyyy", D6: "0.00%" },
      },
    ]);
    await sameGrids(data, "Số liệu");
  });

  it("after the same plan (contract plan, then the engine's fix plan)", async () => {
    await sameGrids(fixture(CLEAN), "Phụ lục", PLAN);
    const grid = await (await xlsxLeg.open(fixture(ERRORS))).host.readGrid("Phụ lục");
    const detected = detectTables(grid);
    if (!detected.ok || !detected.tables[0]) throw new Error("no table");
    const fix = buildFixPlan(readTable(grid, detected.tables[0]), { formulas: true });
    await sameGrids(fixture(ERRORS), "Phụ lục", fix);
  });
});
