/**
 * Office.js habits the Excel host must keep, measured on the strict fake: syncs per action do not grow with
 * rows, big writes are split under Excel's 5 MB request limit, Office errors become HostErrors.
 */
import { HostError, UsageError, type WritePlan } from "../../src/core";
import { ExcelHost } from "../../src/excel/ExcelHost";
import { excelHostOn } from "../excelFake/excelHostOn";
import { FakeExcel, FIVE_MB } from "../excelFake/FakeExcel";
import {
  bigTable,
  buildXlsx,
  comparable,
  excelLeg,
  fixture,
  formulaAt,
  valueAt,
} from "./workbooks";

/** The fake seeded directly (no .xlsx round trip) with a table of `rows` data rows. */
async function openTable(rows: number) {
  const table = bigTable(rows);
  const fake = FakeExcel.fromSpecs([
    { name: table.name, rows: table.rows as (string | number)[][] },
  ]);
  const host = excelHostOn(fake);
  return { host, fake };
}

/** A fix-sized plan: rewrites 10 rate cells (rows 2–11, column E). */
const TEN_CELLS: WritePlan = {
  action: "fix",
  sheets: [
    {
      sheet: "Phụ lục",
      writes: Array.from({ length: 10 }, (_, i) => ({ row: i + 2, col: 5, cell: { value: 1.5 } })),
    },
  ],
};

async function syncsOf(fake: FakeExcel, action: () => Promise<unknown>): Promise<number> {
  fake.resetSyncs();
  await action();
  return fake.syncCount;
}

describe("sync() count per action does not grow with rows", () => {
  it("readGrid = 1 sync for 10 rows and for 5,000 rows", async () => {
    const small = await openTable(10);
    const large = await openTable(5000);
    const a = await syncsOf(small.fake, () => small.host.readGrid("Phụ lục"));
    const b = await syncsOf(large.fake, async () => {
      const grid = await large.host.readGrid("Phụ lục");
      expect(grid.values).toHaveLength(5001);
    });
    expect([a, b]).toEqual([1, 1]);
  });

  it("apply of a fix-sized plan = 2 syncs (snapshot + write) on 10 and 5,000 rows; undo = 2", async () => {
    const counts: number[] = [];
    for (const rows of [10, 5000]) {
      const { host, fake } = await openTable(rows);
      counts.push(await syncsOf(fake, () => host.apply(TEN_CELLS)));
      counts.push(await syncsOf(fake, () => host.undo()));
    }
    expect(counts).toEqual([2, 2, 2, 2]);
  });

  it("apply writing a whole 5,000-row column = 2 syncs, the write under suspended calculation", async () => {
    const { host, fake } = await openTable(5000);
    const plan: WritePlan = {
      action: "fix",
      sheets: [
        {
          sheet: "Phụ lục",
          writes: Array.from({ length: 5000 }, (_, i) => ({
            row: i + 2,
            col: 5,
            cell: { formula: `=ROUND(D${i + 2}/C${i + 2}*100,2)` },
            numberFormat: "0.00",
          })),
        },
      ],
    };
    expect(await syncsOf(fake, () => host.apply(plan))).toBe(2);
    expect(fake.syncs.map((s) => s.calculationSuspended)).toEqual([false, true]);
    expect(await syncsOf(fake, () => host.undo())).toBe(2);
  });

  it("listSheets, activeSheet and selectCell = 1 sync; highlight = 1; clearHighlight = 4 once a session, then 3", async () => {
    const { host, fake } = await openTable(10);
    expect(await syncsOf(fake, () => host.listSheets())).toBe(1);
    expect(await syncsOf(fake, () => host.activeSheet())).toBe(1);
    expect(await syncsOf(fake, () => host.selectCell("Phụ lục", "E5"))).toBe(1);
    expect(fake.state.selection).toEqual({ sheet: "Phụ lục", address: "'Phụ lục'!E5" });
    expect(
      await syncsOf(fake, () => host.highlight("Phụ lục", ["E2", "E3", "E4", "E5", "E6"]))
    ).toBe(1);
    // The session's first clear also looks for highlights left by an earlier session, in the whole workbook.
    expect(await syncsOf(fake, () => host.clearHighlight())).toBe(4);
    await host.highlight("Phụ lục", ["E2", "E3"]);
    expect(await syncsOf(fake, () => host.clearHighlight())).toBe(3);
  });
});

describe("payload chunking under Excel's 5 MB request limit", () => {
  const longText = (i: number) =>
    `Thôn số ${i} — ghi chú dài để làm lớn dữ liệu gửi sang Excel, lặp lại nhiều lần. `.repeat(2);

  it("a plan whose write payload passes 5 MB is split into several syncs, each under the limit", async () => {
    const { host, fake } = await openTable(10);
    const rows = 30_000;
    const plan: WritePlan = {
      action: "roster",
      sheets: [
        {
          sheet: "Danh sách",
          create: true,
          writes: Array.from({ length: rows }, (_, i) => [
            { row: i + 1, col: 1, cell: { value: longText(i) } },
            { row: i + 1, col: 2, cell: { value: i } },
          ]).flat(),
        },
      ],
    };
    const totalBytes = JSON.stringify(plan).length;
    expect(totalBytes).toBeGreaterThan(FIVE_MB);
    const syncs = await syncsOf(fake, () => host.apply(plan));
    expect(syncs).toBeGreaterThan(2);
    for (const s of fake.syncs) expect(s.bytes).toBeLessThan(FIVE_MB);
    expect(fake.syncs.slice(1).every((s) => s.calculationSuspended)).toBe(true);
    const written = fake.exportState()[1]?.cells ?? {};
    expect(written["A1"]?.value).toBe(longText(0));
    expect(written[`B${rows}`]?.value).toBe(rows - 1);
    expect(Object.keys(written)).toHaveLength(2 * rows);
    // Reading it back in one sync would be a 14 MB response: Excel refuses it, and the host reads it in parts.
    fake.resetSyncs();
    const back = await host.readGrid("Danh sách");
    expect(back.values).toHaveLength(rows);
    const sent = fake.syncs.filter((s) => s.failed === null);
    expect(Math.max(...sent.map((s) => s.responseBytes))).toBeLessThan(FIVE_MB);
    await host.undo();
    expect(await host.listSheets()).toEqual(["Phụ lục"]);
  });

  it("a snapshot whose response would pass 5 MB is read in several syncs; apply and undo stay exact", async () => {
    const rows = 30_000;
    const fake = FakeExcel.fromSpecs([
      { name: "S", rows: Array.from({ length: rows }, (_, i) => [longText(i), i]) },
    ]);
    const host = excelHostOn(fake);
    const before = fake.exportState();
    const plan: WritePlan = {
      action: "x",
      sheets: [
        {
          sheet: "S",
          writes: Array.from({ length: rows }, (_, i) => ({
            row: i + 1,
            col: 1,
            cell: { value: i },
          })),
        },
      ],
    };
    await host.apply(plan);
    const served = fake.syncs.filter((s) => s.failed === null);
    expect(served.filter((s) => s.responseBytes > 0).length).toBeGreaterThan(1);
    for (const s of served) expect(s.responseBytes).toBeLessThan(FIVE_MB);
    expect(fake.exportState()[0]?.cells[`A${rows}`]?.value).toBe(rows - 1);
    await host.undo();
    expect(fake.exportState()).toEqual(before);
  });

  it("without chunking the same write would be refused by Excel (the fake enforces the limit)", async () => {
    const fake = new FakeExcel();
    fake.addSheet({ name: "S" });
    const data = Array.from({ length: 30_000 }, (_, i) => [`'${longText(i)}`, i]);
    const e = await fake
      .run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:B30000").formulas = data;
        await ctx.sync();
      })
      .catch((err: unknown) => err);
    expect((e as { code: string }).code).toBe("RequestPayloadSizeLimitExceeded");
  });

  it("a failure in a later write chunk puts back what earlier chunks wrote and reports a HostError", async () => {
    const { host, fake } = await openTable(10);
    const before = await host.readGrid("Phụ lục");
    const plan: WritePlan = {
      action: "notes",
      sheets: [
        {
          sheet: "Phụ lục",
          writes: Array.from({ length: 25_000 }, (_, i) => ({
            row: i + 2,
            col: 2,
            cell: { value: longText(i) },
          })),
        },
      ],
    };
    fake.failNextSync("InvalidOperationInCellEditMode", 2); // snapshot and first chunk pass, second chunk fails
    const e = await host.apply(plan).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(HostError);
    expect((e as HostError).code).toBe("CELL_EDIT_MODE");
    expect(comparable(await host.readGrid("Phụ lục"))).toEqual(comparable(before));
    expect(host.undoDepth()).toBe(0);
  });
});

describe("Office errors become HostErrors with Vietnamese words", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "CELL_EDIT_MODE", "chế độ sửa ô"],
    ["AccessDenied", "ACCESS_DENIED", "được bảo vệ"],
    ["RequestPayloadSizeLimitExceeded", "PAYLOAD_TOO_LARGE", "quá lớn"],
    ["InvalidArgument", "INVALID_ARGUMENT", "không hợp lệ"],
    ["GeneralException", "GENERAL", "GeneralException"],
  ])("%s → %s", async (officeCode, code, words) => {
    const { host, fake } = await openTable(10);
    fake.failNextSync(officeCode);
    const e = await host.apply(TEN_CELLS).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(HostError);
    expect((e as HostError).code).toBe(code);
    expect((e as HostError).message).toContain(words);
    expect((e as HostError).toMessage("en")).not.toBe((e as HostError).message);
  });

  it("a failed snapshot writes nothing (apply refused before any write)", async () => {
    const { host, fake } = await openTable(10);
    const before = fake.exportState();
    fake.failNextSync("AccessDenied");
    await expect(host.apply(TEN_CELLS)).rejects.toMatchObject({ code: "ACCESS_DENIED" });
    expect(fake.exportState()).toEqual(before);
    expect(host.undoDepth()).toBe(0);
  });

  it("a bad address from the caller is refused by Excel at sync: INVALID_ARGUMENT", async () => {
    const { host } = await openTable(10);
    await expect(host.selectCell("Phụ lục", "not an address")).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
    });
  });

  it("a plan with an impossible cell is the caller's bug: UsageError, not a HostError, and nothing written", async () => {
    const { host, fake } = await openTable(10);
    const before = fake.exportState();
    const e = await host
      .apply({
        action: "x",
        sheets: [{ sheet: "Phụ lục", writes: [{ row: 0, col: 1, cell: { value: 1 } }] }],
      })
      .catch((err: unknown) => err);
    expect(e).toBeInstanceOf(UsageError);
    expect(fake.exportState()).toEqual(before);
  });

  it("a settings save that fails is SETTINGS_FAILED", async () => {
    const { host, fake } = await openTable(10);
    fake.settings.failNextSave("quota");
    await expect(host.saveSetting("k", "v")).rejects.toMatchObject({ code: "SETTINGS_FAILED" });
  });

  it("outside Office (no Excel global) the default host reports NOT_AVAILABLE", async () => {
    await expect(new ExcelHost().listSheets()).rejects.toMatchObject({ code: "NOT_AVAILABLE" });
  });
});

describe("Excel-specific writing rules", () => {
  it("a formula written into a Text-formatted (@) cell gets General first, so Excel computes it", async () => {
    const opened = await excelLeg.open(
      await buildXlsx([{ name: "S", rows: [[1, "x"]], formats: { B1: "@" } }])
    );
    await opened.host.apply({
      action: "x",
      sheets: [{ sheet: "S", writes: [{ row: 1, col: 2, cell: { formula: "=A1*2" } }] }],
    });
    const grid = await opened.host.readGrid("S");
    expect(formulaAt(grid, "B1")).toBe("=A1*2");
    expect(grid.numberFormats[0]?.[1]).toBe("General");
  });

  it("text written into a Text-formatted (@) cell is stored verbatim, without an apostrophe", async () => {
    const opened = await excelLeg.open(
      await buildXlsx([{ name: "S", rows: [["x"]], formats: { A1: "@" } }])
    );
    await opened.host.apply({
      action: "x",
      sheets: [{ sheet: "S", writes: [{ row: 1, col: 1, cell: { value: "=1+1" } }] }],
    });
    expect(valueAt(await opened.host.readGrid("S"), "A1")).toBe("=1+1");
  });

  it("styles, column widths, frozen rows and a chart reach the workbook; undo deletes the chart", async () => {
    const opened = await excelLeg.open(fixture("binh-luong-2024.xlsx"));
    const fake = opened.fake as FakeExcel;
    await opened.host.apply({
      action: "summary",
      sheets: [
        {
          sheet: "Phụ lục",
          writes: [
            {
              row: 16,
              col: 2,
              cell: { value: "Biểu đồ" },
              style: {
                bold: true,
                horizontal: "center",
                wrap: true,
                fontColor: "#1F4E79",
                fontName: "Times New Roman",
                fontSize: 13,
              },
            },
          ],
          columnWidths: [{ col: 2, width: 20 }],
          freezeRows: 7,
          charts: [
            {
              kind: "columnClustered",
              title: "Tỷ lệ hộ nghèo theo thôn",
              categories: { top: 8, left: 2, bottom: 13, right: 2 },
              series: [
                { name: "Đầu năm", values: { top: 8, left: 6, bottom: 13, right: 6 } },
                { name: "Cuối năm", values: { top: 8, left: 9, bottom: 13, right: 9 } },
              ],
              anchor: { top: 16, left: 4, bottom: 30, right: 9 },
            },
          ],
        },
      ],
    });
    const sheet = fake.exportState()[0];
    expect(sheet?.cells["B16"]).toMatchObject({
      bold: true,
      horizontal: "Center",
      wrap: true,
      fontColor: "#1F4E79",
      fontName: "Times New Roman",
      fontSize: 13,
    });
    expect(sheet?.columnWidths[2]).toBeCloseTo(108.75);
    expect(sheet?.frozenRows).toBe(7);
    expect(sheet?.charts).toHaveLength(1);
    expect(sheet?.charts[0]).toMatchObject({
      type: "ColumnClustered",
      title: "Tỷ lệ hộ nghèo theo thôn",
      series: [
        { name: "Đầu năm", values: "'Phụ lục'!F8:F13", categories: "'Phụ lục'!B8:B13" },
        { name: "Cuối năm", values: "'Phụ lục'!I8:I13", categories: "'Phụ lục'!B8:B13" },
      ],
      position: { start: "D16", end: "I30" },
    });
    await opened.host.undo();
    expect(fake.exportState()[0]?.charts).toEqual([]);
    expect(fake.exportState()[0]?.cells["B16"]?.value ?? "").toBe("");
  });

  it("with only ExcelApi 1.7: grids have no merges, apply/undo/highlight still work (fills restore to none)", async () => {
    const opened = await excelLeg.open(
      await buildXlsx([
        {
          name: "S",
          rows: [
            ["Tiêu đề", null],
            [1, 2],
          ],
          merges: ["A1:B1"],
          fills: { A2: "#FF0000" },
        },
      ]),
      { excelApi: "1.7" }
    );
    const { host } = opened;
    const before = await host.readGrid("S");
    expect(before.merges).toEqual([]);
    await host.apply({
      action: "x",
      sheets: [{ sheet: "S", writes: [{ row: 2, col: 2, cell: { value: 5 } }] }],
    });
    await host.undo();
    expect(await host.readGrid("S")).toEqual(before);
    await host.highlight("S", ["B2"]);
    await host.clearHighlight();
    expect(opened.fillAt("S", "B2")).toBeNull();
  });
});
