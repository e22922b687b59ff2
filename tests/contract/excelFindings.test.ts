/**
 * The nine findings of the review of `src/excel` against Office.js (issue 9), each as a test on the strict fake.
 * Every test here failed on the host before its fix.
 */
import { HostError, readWorkbook, type WritePlan } from "../../src/core";
import { ExcelHost, type ExcelHostOptions } from "../../src/excel/ExcelHost";
import { uiText } from "../../src/taskpane/messages";
import {
  FakeExcel,
  FIVE_MB,
  type FakeExcelOptions,
  type FakeSheetSpec,
} from "../excelFake/FakeExcel";

function open(
  specs: readonly FakeSheetSpec[],
  options: FakeExcelOptions = {},
  host: ExcelHostOptions = {}
) {
  const fake = FakeExcel.fromSpecs(specs, options);
  const excel = new ExcelHost({
    run: fake.run,
    requirements: fake.requirements,
    settings: fake.settings,
    ...host,
  });
  return { fake, host: excel };
}

/** A roster sheet like the commune's household list: `households` rows of 19 columns of text and numbers. */
function roster(households: number): FakeSheetSpec {
  const rows: (string | number)[][] = [
    [
      "TT",
      "Họ và tên chủ hộ",
      "Thôn",
      "Khu vực",
      "Thu nhập",
      ...Array.from({ length: 14 }, (_, i) => `Chỉ số ${i + 1}`),
    ],
  ];
  for (let i = 1; i <= households; i++) {
    rows.push([
      i,
      `Nguyễn Văn Hộ Số ${i}`,
      `Thôn ${1 + (i % 12)}`,
      i % 3 === 0 ? "Thành thị" : "Nông thôn",
      1_500_000 + (i % 97) * 10_000,
      ...Array.from({ length: 14 }, (_, k) => ((i + k) % 5 === 0 ? "Thiếu hụt" : "Không")),
    ]);
  }
  return { name: "Danh sách hộ", rows };
}

const appendix: FakeSheetSpec = {
  name: "Phụ lục",
  rows: [
    ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"],
    [1, "Quang Trung", 126, 1, 0.79],
    [2, "Lê Lợi", 120, 3, 2.5],
    [3, "Trần Phú", 98, 2, 2.04],
    [null, "Tổng", 344, 6, 1.74],
  ],
};

describe("1. start-up and big sheets", () => {
  it("reads a 20,000-household roster in parts, every response under 5 MB", async () => {
    const { fake, host } = open([roster(20_000)]);
    const grid = await host.readGrid("Danh sách hộ");
    expect(grid.values.length).toBe(20_001);
    expect(grid.values[20_000]?.[1]).toBe("Nguyễn Văn Hộ Số 20000");
    // Excel refuses the first, whole-sheet attempt; every response it sends is under the limit.
    const sent = fake.syncs.filter((s) => s.failed === null);
    expect(Math.max(...sent.map((s) => s.responseBytes))).toBeLessThan(FIVE_MB);
  });

  it("after the start-up probe the roster is read in parts straight away, no refused request", async () => {
    const { fake, host } = open([appendix, roster(20_000)]);
    await readWorkbook(host);
    fake.resetSyncs();
    const grid = await host.readGrid("Danh sách hộ");
    expect(grid.values.length).toBe(20_001);
    expect(fake.syncs.filter((s) => s.failed !== null)).toEqual([]);
    expect(Math.max(...fake.syncs.map((s) => s.responseBytes))).toBeLessThan(FIVE_MB);
  });

  it("reads a sheet whose used range comes back as values: null (over Excel's cell limit) in parts", async () => {
    const rows = Array.from({ length: 60 }, (_, i) =>
      Array.from({ length: 30 }, (_, j) => i * 30 + j)
    );
    const { host } = open([{ name: "S", rows }], { maxReadCells: 1000 });
    const grid = await host.readGrid("S");
    expect(grid.values.length).toBe(60);
    expect(grid.values[59]?.[29]).toBe(1799);
  });

  it("start-up: the same few syncs for one sheet as for ten sheets and a roster, one failing sheet spares the rest", async () => {
    const one = open([appendix]);
    const a = await readWorkbook(one.host);
    expect(a.failures).toEqual([]);
    const others = Array.from({ length: 9 }, (_, i): FakeSheetSpec => ({
      name: `Ghi chú ${i + 1}`,
      rows: [
        ["Nội dung", i],
        ["Người lập", "Nguyễn Văn A"],
      ],
    }));
    const many = open([appendix, ...others, roster(20_000)]);
    const b = await readWorkbook(many.host);
    expect(one.fake.syncCount).toBe(many.fake.syncCount);
    expect(many.fake.syncCount).toBeLessThanOrEqual(3);
    expect(Math.max(...many.fake.syncs.map((s) => s.responseBytes))).toBeLessThan(FIVE_MB);
    expect(b.sheets.map((s) => s.name)).toHaveLength(11);
    expect(b.grids.get("Phụ lục")?.values[1]?.[1]).toBe("Quang Trung");
    expect(b.partial).toEqual(["Danh sách hộ"]);
  });
});

describe("1b. one sheet failing never stops the others", () => {
  it("the probe is redone sheet by sheet; the failing sheet is reported with its error, the rest are read", async () => {
    const others: FakeSheetSpec[] = [
      { name: "Ghi chú", rows: [["a"]] },
      { name: "Khác", rows: [["b"]] },
    ];
    const { fake, host } = open([appendix, ...others]);
    fake.failNextSync("GeneralException", 1); // the batch reading every sheet's head
    fake.failNextSync("AccessDenied", 1); // then, read one by one, the second sheet
    const wb = await readWorkbook(host);
    expect(wb.failures.map((f) => [f.sheet, f.error.code])).toEqual([["Ghi chú", "ACCESS_DENIED"]]);
    expect([...wb.grids.keys()]).toEqual(["Phụ lục", "Khác"]);
    expect(wb.grids.get("Khác")?.values).toEqual([["b"]]);
  });
});

describe("1c. a blank sheet is not a failure", () => {
  it("when a blank sheet's head cannot be asked for, the probe sees it is blank instead of failing it", async () => {
    const { fake, host } = open([appendix, { name: "Sheet2" }]);
    fake.failNextSync("InvalidArgument", 1); // the batch reading every sheet's head
    fake.failNextSync("InvalidArgument", 1); // then the blank sheet's own head
    const wb = await readWorkbook(host);
    expect(wb.failures).toEqual([]);
    expect(wb.grids.get("Sheet2")?.values).toEqual([[null]]);
    expect(wb.grids.get("Phụ lục")?.values[1]?.[1]).toBe("Quang Trung");
  });
});

describe("2. undo restores exactly the cells the plan wrote", () => {
  it("keeps the officer's edit made after Apply in an untouched cell between written columns", async () => {
    const { fake, host } = open([appendix]);
    const plan: WritePlan = {
      action: "fix",
      sheets: [
        {
          sheet: "Phụ lục",
          writes: [
            { row: 2, col: 3, cell: { value: 127 } },
            { row: 2, col: 5, cell: { value: 0.79 } },
          ],
        },
      ],
    };
    await host.apply(plan);
    fake.officerEdit("Phụ lục", "D2", 2);
    await host.undo();
    const grid = await host.readGrid("Phụ lục");
    expect(grid.values[1]).toEqual([1, "Quang Trung", 126, 2, 0.79]);
  });

  it("restores the font name and size of cells whose style the plan set", async () => {
    const { fake, host } = open([
      { name: "S", cells: { A1: { value: "x", fontName: ".VnTime", fontSize: 13 } } },
    ]);
    await host.apply({
      action: "unicode",
      sheets: [
        {
          sheet: "S",
          writes: [
            {
              row: 1,
              col: 1,
              cell: { value: "y" },
              style: { fontName: "Times New Roman", fontSize: 12 },
            },
          ],
        },
      ],
    });
    expect(fake.exportState()[0]?.cells["A1"]?.fontName).toBe("Times New Roman");
    await host.undo();
    const a1 = fake.exportState()[0]?.cells["A1"];
    expect([a1?.value, a1?.fontName, a1?.fontSize]).toEqual(["x", ".VnTime", 13]);
  });
});

describe("3. an appendix inside an Excel Table", () => {
  const inTable: FakeSheetSpec = { ...appendix, tables: [{ name: "Bang1", address: "A1:E5" }] };

  it("reports the table in the grid", async () => {
    const { host } = open([inTable]);
    const grid = await host.readGrid("Phụ lục");
    expect(grid.tables).toEqual([
      { name: "Bang1", range: { top: 1, left: 1, bottom: 5, right: 5 } },
    ]);
  });

  it("a formula written into one cell of a table column does not fill the whole column", async () => {
    const { fake, host } = open([inTable]);
    await host.readGrid("Phụ lục");
    await host.apply({
      action: "fix",
      sheets: [
        {
          sheet: "Phụ lục",
          writes: [{ row: 3, col: 5, cell: { formula: "=ROUND(D3/C3*100,2)", result: 2.5 } }],
        },
      ],
    });
    const cells = fake.exportState()[0]!.cells;
    expect(cells["E2"]?.formula).toBeNull();
    expect(cells["E2"]?.value).toBe(0.79);
    expect(cells["E5"]?.value).toBe(1.74);
    expect(cells["E3"]?.value).toBe(2.5);
    await host.undo();
    expect(fake.exportState()[0]!.cells["E3"]?.value).toBe(2.5);
    expect((await host.readGrid("Phụ lục")).values.map((r) => r[4])).toEqual([
      "Tỷ lệ (%)",
      0.79,
      2.5,
      2.04,
      1.74,
    ]);
  });
});

describe("4. more than 512 merged areas", () => {
  it("still reads the sheet, with its merges", async () => {
    const merges = Array.from({ length: 600 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`);
    const rows = Array.from({ length: 1200 }, (_, i) => [`Dòng ${i + 1}`, null, i]);
    const { host } = open([{ name: "S", rows, merges }]);
    const grid = await host.readGrid("S");
    expect(grid.values[1198]?.[2]).toBe(1198);
    expect(grid.merges).toHaveLength(600);
  });
});

describe("5. highlight never destroys a fill", () => {
  it("on ExcelApi 1.8 the officer's own fill survives highlight and clear", async () => {
    const { fake, host } = open(
      [{ name: "S", cells: { B2: { value: 5, fill: "#C6EFCE" }, B3: 6 } }],
      { excelApi: "1.8" }
    );
    await host.highlight("S", ["B2", "B3"]);
    expect(fake.exportState()[0]!.cells["B2"]?.fill).toBe("#C6EFCE");
    expect(fake.exportState()[0]!.conditionalFormats).toHaveLength(2);
    await host.clearHighlight();
    const s = fake.exportState()[0]!;
    expect(s.cells["B2"]?.fill).toBe("#C6EFCE");
    expect(s.cells["B3"]?.fill ?? null).toBeNull();
    expect(s.conditionalFormats).toEqual([]);
  });
});

describe("6. errors by valueTypes, not by string", () => {
  it("text that reads #N/A is text, and undo writes it back as text", async () => {
    const { fake, host } = open([{ name: "S", cells: { A1: "#N/A", A2: { error: "#DIV/0!" } } }]);
    const grid = await host.readGrid("S");
    expect(grid.values).toEqual([["#N/A"], [{ error: "#DIV/0!" }]]);
    await host.apply({
      action: "x",
      sheets: [{ sheet: "S", writes: [{ row: 1, col: 1, cell: { value: 1 } }] }],
    });
    await host.undo();
    const a1 = fake.exportState()[0]!.cells["A1"];
    expect([a1?.value, a1?.error]).toEqual(["#N/A", false]);
  });
});

describe("7. cell edit mode", () => {
  it("below ExcelApi 1.11 the InvalidOperation failure says to leave the cell", async () => {
    const { fake, host } = open([appendix], { excelApi: "1.10" });
    fake.enterCellEdit();
    const e = await host.readGrid("Phụ lục").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HostError);
    expect((e as HostError).code).toBe("INVALID_OPERATION");
    expect((e as HostError).message).toMatch(/đang được sửa/);
  });

  it("with ExcelApi 1.11 the read waits until the officer leaves the cell", async () => {
    const { fake, host } = open([appendix]);
    fake.enterCellEdit();
    const read = host.readGrid("Phụ lục");
    await new Promise((r) => setImmediate(r));
    fake.leaveCellEdit();
    expect((await read).values[1]?.[1]).toBe("Quang Trung");
  });
});

describe("8. a sync that never resolves", () => {
  afterEach(() => jest.useRealTimers());

  it("a read times out with a Vietnamese message, and is not retried while Excel may still run it", async () => {
    jest.useFakeTimers();
    const { fake, host } = open([appendix], {}, { timeoutMs: 1000 });
    const syncs = fake.syncs.length;
    fake.hangNextSyncs(1);
    let settled: unknown = "pending";
    const failed = host.readGrid("Phụ lục").then(
      () => "resolved",
      (e: unknown) => e
    );
    void failed.then((x) => (settled = x));
    await jest.advanceTimersByTimeAsync(5000);
    expect(settled).toBeInstanceOf(HostError);
    expect((settled as HostError).code).toBe("TIMEOUT");
    expect((settled as HostError).message).toMatch(/Excel/);
    // A second read waits for the first (which never ends here) instead of racing it: it times out too, sending nothing.
    const again = host.readGrid("Phụ lục").catch((e: unknown) => e);
    await jest.advanceTimersByTimeAsync(1500);
    expect(await again).toMatchObject({ code: "TIMEOUT" });
    expect(fake.syncs.length).toBe(syncs);
  });
});

describe("8b. settings that are never saved", () => {
  afterEach(() => jest.useRealTimers());

  it("saveSetting times out too when saveAsync never calls back", async () => {
    jest.useFakeTimers();
    const { fake, host } = open([appendix], {}, { timeoutMs: 1000 });
    fake.settings.hangNextSave();
    const saving = host.saveSetting("mapping", "x").catch((e: unknown) => e);
    await jest.advanceTimersByTimeAsync(1500);
    expect(await saving).toMatchObject({ code: "TIMEOUT" });
  });
});

describe("9. honest wording about settings", () => {
  it("a saved mapping is in the open workbook, reaching the file only when the officer saves it — and the pane says so", async () => {
    const { fake, host } = open([appendix]);
    await host.saveSetting("mapping", "x");
    expect(fake.settings.saved.get("mapping")).toBe("x");
    expect(fake.settings.inFile.has("mapping")).toBe(false);
    fake.settings.saveWorkbook();
    expect(fake.settings.inFile.get("mapping")).toBe("x");
    expect(uiText("vi", "mappingSaved")).toMatch(/khi .*lưu sổ/);
    expect(uiText("vi", "mappingSaved")).toMatch(/Hoàn tác/);
    expect(uiText("en", "mappingSaved")).toMatch(/when .*save/);
  });
});

describe("a protected sheet", () => {
  it("apply fails with ACCESS_DENIED in Vietnamese and changes nothing", async () => {
    const { fake, host } = open([{ ...appendix, protected: true }]);
    const before = fake.exportState();
    const e = await host
      .apply({
        action: "fix",
        sheets: [{ sheet: "Phụ lục", writes: [{ row: 2, col: 5, cell: { value: 1 } }] }],
      })
      .catch((x: unknown) => x);
    expect(e).toMatchObject({ code: "ACCESS_DENIED" });
    expect((e as HostError).message).toMatch(/bảo vệ/);
    expect(fake.exportState()).toEqual(before);
    expect(host.undoDepth()).toBe(0);
  });
});
