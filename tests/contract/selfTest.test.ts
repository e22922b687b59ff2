/**
 * The self-test (DESIGN.md "Self-test") on both hosts, and the generated-sheet marker they store: it survives
 * renaming (Excel) and saving (the .xlsx round trip, reopened in the xlsx host and in the Excel fake).
 */
import {
  formatSelfTest,
  readWorkbook,
  runSelfTest,
  SCENARIOS,
  selfTestPassed,
  type WritePlan,
} from "../../src/core";
import { ExcelHost } from "../../src/excel/ExcelHost";
import { XlsxHost } from "../../src/xlsx/XlsxHost";
import { excelHostOn } from "../excelFake/excelHostOn";
import { FakeExcel } from "../excelFake/FakeExcel";
import { fakeFromXlsx } from "./fakeFromXlsx";
import { comparable, fixture } from "./workbooks";

const SUMMARY: WritePlan = {
  action: "summary",
  sheets: [
    {
      sheet: "Tổng hợp",
      create: true,
      marker: "summary",
      writes: [{ row: 1, col: 1, cell: { value: "x" } }],
    },
  ],
};

function excel(api = "1.17") {
  const fake = FakeExcel.fromSpecs(
    [
      {
        name: "Phụ lục",
        rows: [
          ["TT", "Thôn"],
          [1, "Quang Trung"],
        ],
      },
    ],
    {
      excelApi: api,
    }
  );
  const host = excelHostOn(fake);
  return { fake, host };
}

describe.each([
  ["ExcelHost over the strict fake (ExcelApi 1.17)", async () => excel().host, []],
  // Excel 2019 reads no merged areas (getMergedAreasOrNullObject is ExcelApi 1.13): the self-test says so.
  [
    "ExcelHost over the strict fake (ExcelApi 1.8, Excel 2019)",
    async () => excel("1.8").host,
    ["merges"],
  ],
  ["XlsxHost", async () => XlsxHost.create(["Sheet1"]), []],
])("self-test on %s", (_name, make, failing: readonly string[]) => {
  it("passes every scenario, removes its sheet and leaves the officer's undo history alone", async () => {
    const host = await make();
    const sheets = await host.listSheets();
    const report = await runSelfTest(host, "vi");
    const lines = formatSelfTest(report, "vi");
    expect(report.results.map((r) => r.id)).toEqual([...SCENARIOS]);
    expect(lines.filter((l) => l.endsWith(": đạt"))).toHaveLength(
      SCENARIOS.length - failing.length
    );
    expect(report.results.filter((r) => !r.ok).map((r) => r.id)).toEqual(failing);
    expect(selfTestPassed(report)).toBe(failing.length === 0);
    expect(await host.listSheets()).toEqual(sheets);
    expect(host.undoDepth()).toBe(0);
  });
});

describe("the self-test reports failures, one line each", () => {
  it("a host that cannot write fails every scenario with the host's words", async () => {
    const { fake, host } = excel();
    fake.state.sheets[0]!.protected = true;
    const realApply = host.apply.bind(host);
    host.apply = async (plan) => {
      fake.failNextSync("AccessDenied");
      return realApply(plan);
    };
    const report = await runSelfTest(host, "vi");
    expect(selfTestPassed(report)).toBe(false);
    const lines = formatSelfTest(report, "vi");
    expect(lines.some((l) => /lỗi — .*bảo vệ/.test(l))).toBe(true);
  });
});

describe("generated-sheet markers", () => {
  it("Excel: a defined name that follows the sheet when the officer renames it, removed by undo", async () => {
    const { fake, host } = excel();
    await host.apply(SUMMARY);
    expect((await host.readGrid("Tổng hợp")).generated).toBe("summary");
    fake.renameSheet("Tổng hợp", "TH 2024");
    expect((await host.readGrid("TH 2024")).generated).toBe("summary");
    const wb = await readWorkbook(host);
    expect(wb.sheets.find((s) => s.name === "TH 2024")?.generated).toBe("summary");
    expect(wb.sheets.find((s) => s.name === "Phụ lục")?.generated).toBeUndefined();
    await host.undo();
    expect(fake.state.names).toEqual([]);
  });

  it("xlsx: kept through saving and reopening, in the xlsx host and in Excel", async () => {
    const host = XlsxHost.create(["Phụ lục"]);
    await host.apply(SUMMARY);
    const bytes = await host.toBuffer();
    const reopened = await XlsxHost.fromBuffer(bytes);
    expect((await reopened.readGrid("Tổng hợp")).generated).toBe("summary");
    expect((await reopened.readGrid("Phụ lục")).generated).toBeUndefined();
    const fake = await fakeFromXlsx(bytes);
    const inExcel = new ExcelHost({
      run: fake.run,
      requirements: fake.requirements,
      settings: fake.settings,
    });
    expect((await inExcel.readGrid("Tổng hợp")).generated).toBe("summary");
    await host.undo();
    expect(host.excelWorkbook.definedNames.model).toEqual([]);
  });
});

describe("the start-up probe gives the same grids on both hosts", () => {
  it("the fixture's sheets, heads and markers agree between ExcelHost and XlsxHost", async () => {
    const host = await XlsxHost.fromBuffer(fixture("binh-luong-2024.xlsx"));
    await host.apply(SUMMARY);
    const bytes = await host.toBuffer();
    const xlsx = await readWorkbook(await XlsxHost.fromBuffer(bytes));
    const fake = await fakeFromXlsx(bytes);
    const inExcel = new ExcelHost({
      run: fake.run,
      requirements: fake.requirements,
      settings: fake.settings,
    });
    const excelRead = await readWorkbook(inExcel);
    const shape = (wb: typeof xlsx) =>
      wb.sheets.map((s) => ({ name: s.name, generated: s.generated, complete: s.complete }));
    expect(shape(excelRead)).toEqual(shape(xlsx));
    for (const [sheet, grid] of xlsx.grids)
      expect(comparable(excelRead.grids.get(sheet)!)).toEqual(comparable(grid));
  });
});
