import { binhLuongData } from "../../../tests/summary/binhLuongData";
import type { CellWrite, PlanCell, PrintSetup, SheetPlan } from "../model";
import { MIN_PRINT_SCALE, columnPixels, effectiveScale } from "./printScale";
import { buildSummaryPlan, SUMMARY_HEADER_ROW } from "./buildSummaryPlan";
import { uniqueSheetName } from "./uniqueSheetName";
import { missingSummaryColumns } from "./readFigures";
import { UsageError } from "../errors";
import { round2 } from "../rates/computeRate";
import { buildTable } from "../../../tests/core/helpers/buildTable";

function cellAt(plan: SheetPlan, a1: string): CellWrite | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(a1) as RegExpExecArray;
  const col = (m[1] as string).split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return plan.writes.find((w) => w.row === Number(m[2]) && w.col === col);
}
const content = (plan: SheetPlan, a1: string): PlanCell | undefined => cellAt(plan, a1)?.cell;

function build(data = binhLuongData(), existing: string[] = ["Phụ lục"]) {
  const r = buildSummaryPlan(data, { existingSheets: existing, year: 2024 });
  if (!r.ok) throw new Error("expected ok");
  return r.value;
}

test("round2 rounds half away from zero like Excel ROUND", () => {
  expect(round2((32 / 729) * 100)).toBe(4.39);
  expect(round2(1.005)).toBe(1.01);
  expect(round2(-1.005)).toBe(-1.01);
  expect(round2((22 / 729) * 100)).toBe(3.02);
});

test("unit lines are live formulas on the appendix with the engine's results", () => {
  const { plan, sheet } = build();
  const s = plan.sheets[0] as SheetPlan;
  expect(sheet).toBe("Tổng hợp");
  expect(s.create).toBe(true);
  expect(content(s, "B5")).toEqual({ value: "Quang Trung" });
  expect(content(s, "C5")).toEqual({ formula: "='Phụ lục'!D8", result: 126 });
  expect(content(s, "D10")).toEqual({ formula: "='Phụ lục'!E13", result: 13 });
  expect(content(s, "E10")).toEqual({
    formula: '=IF(C10>0,ROUND(D10/C10*100,2),"")',
    result: 13.27,
  });
  expect(content(s, "F7")).toEqual({ formula: "='Phụ lục'!G10", result: 1 });
  expect(content(s, "G7")).toEqual({ formula: '=IF(C7>0,ROUND(F7/C7*100,2),"")', result: 0.77 });
  expect(content(s, "H7")).toEqual({ formula: "=D7-F7", result: 3 });
  expect(content(s, "I7")).toEqual({ formula: '=IF(C7>0,ROUND(H7/C7*100,2),"")', result: 2.31 });
});

test("commune line sums the unit lines and takes rates of the sums", () => {
  const s = build().plan.sheets[0] as SheetPlan;
  expect(content(s, "B11")).toEqual({ value: "Toàn xã" });
  expect(content(s, "C11")).toEqual({ formula: "=SUM(C5:C10)", result: 729 });
  expect(content(s, "D11")).toEqual({ formula: "=SUM(D5:D10)", result: 32 });
  expect(content(s, "E11")).toEqual({
    formula: '=IF(C11>0,ROUND(D11/C11*100,2),"")',
    result: 4.39,
  });
  expect(content(s, "F11")).toEqual({ formula: "=SUM(F5:F10)", result: 10 });
  expect(content(s, "G11")).toMatchObject({ result: 1.37 });
  expect(content(s, "I11")).toMatchObject({ result: 3.02 });
  expect(cellAt(s, "E11")?.numberFormat).toBe("0.00");
  expect(s.freezeRows).toBe(SUMMARY_HEADER_ROW);
  expect(s.columnWidths?.length).toBe(9);
});

test("chart: clustered columns of start vs projected rate per unit, placed right of the table", () => {
  const s = build().plan.sheets[0] as SheetPlan;
  const chart = s.charts?.[0];
  expect(chart?.kind).toBe("columnClustered");
  expect(chart?.categories).toEqual({ top: 5, bottom: 10, left: 2, right: 2 });
  expect(chart?.series.map((x) => x.values.left)).toEqual([5, 9]);
  expect(chart?.anchor.left).toBe(11);
});

test("near-poor columns appear only when the appendix has them", () => {
  const s = build(binhLuongData({ nearPoor: [2, 3, 4, 2, 5, 5] })).plan.sheets[0] as SheetPlan;
  const headers = s.writes
    .filter((w) => w.row === SUMMARY_HEADER_ROW)
    .map((w) => (w.cell as { value: string }).value);
  expect(headers).toContain("Số hộ cận nghèo");
  expect(headers).toContain("Tỷ lệ hộ nghèo và cận nghèo (%)");
  expect(content(s, "F11")).toEqual({ formula: "=SUM(F5:F10)", result: 21 });
  expect(content(s, "G11")).toMatchObject({ result: 2.88 });
});

test.each(["=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)"])(
  "unit name %s is written as text, never a formula",
  (name) => {
    const s = build(binhLuongData({ names: [name, "b", "c", "d", "e", "f"] })).plan
      .sheets[0] as SheetPlan;
    expect(content(s, "B5")).toEqual({ value: name });
    expect(cellAt(s, "B5")?.numberFormat).toBe("@");
  }
);

test("the sheet name never overwrites an existing one", () => {
  expect(build(binhLuongData(), ["Phụ lục", "Tổng hợp"]).sheet).toBe("Tổng hợp (2)");
  expect(build(binhLuongData(), ["Phụ lục", "TỔNG HỢP", "Tổng hợp (2)"]).sheet).toBe(
    "Tổng hợp (3)"
  );
});

test("uniqueSheetName respects Excel's 31-character limit and forbidden characters", () => {
  const long = "Tổng hợp kết quả giảm nghèo các thôn năm 2024";
  const a = uniqueSheetName(long, []);
  expect(Array.from(a).length).toBe(31);
  const b = uniqueSheetName(long, [a]);
  expect(Array.from(b).length).toBeLessThanOrEqual(31);
  expect(b.endsWith(" (2)")).toBe(true);
  expect(uniqueSheetName("a/b:c*d?[e]\\f", [])).toBe("a-b-c-d--e--f");
  expect(uniqueSheetName("'x'", [])).toBe("x");
});

test("sheet reference is quoted even with an apostrophe in the appendix name", () => {
  const s = build(binhLuongData({ sheet: "Phụ lục 'A'" })).plan.sheets[0] as SheetPlan;
  expect(content(s, "C5")).toEqual({ formula: "='Phụ lục ''A'''!D8", result: 126 });
});

test("unreadable counts come back as issues, not a plan", () => {
  const data = binhLuongData();
  const broken = {
    ...data,
    units: data.units.map((u, i) =>
      i === 2
        ? {
            ...u,
            cells: { ...u.cells, poor: { kind: "text" as const, text: "4 hộ", suggestion: 4 } },
          }
        : u
    ),
  };
  const r = buildSummaryPlan(broken, { existingSheets: [] });
  expect(r.ok).toBe(false);
  if (!r.ok)
    expect(r.issues).toEqual([
      expect.objectContaining({ code: "NOT_A_NUMBER", cell: "E10", suggestion: 4 }),
    ]);
});

test("a number stored as text is copied as a value and reported", () => {
  const data = binhLuongData();
  const textual = {
    ...data,
    units: data.units.map((u, i) =>
      i === 5
        ? {
            ...u,
            cells: {
              ...u.cells,
              households: { kind: "number" as const, value: 98, fromText: true, formula: null },
            },
          }
        : u
    ),
  };
  const r = buildSummaryPlan(textual, { existingSheets: [] });
  expect(r.ok && r.value.copiedAsValues).toEqual(["D13"]);
  if (r.ok) expect(content(r.value.plan.sheets[0] as SheetPlan, "C10")).toEqual({ value: 98 });
});

test("previous-year block states the change as a formula on the commune rate", () => {
  const r = buildSummaryPlan(binhLuongData(), {
    existingSheets: [],
    previousYear: { year: 2023, poor: 40, households: 729 },
  });
  const s = (r.ok ? r.value.plan.sheets[0] : undefined) as SheetPlan;
  expect(content(s, "E13")).toMatchObject({ result: 5.49 });
  expect(content(s, "G13")).toEqual({
    formula: '=IF(OR(E11="",E13=""),"",ROUND(E11-E13,2))',
    result: -1.1,
  });
});

test("a ward's totals row says Toàn phường", () => {
  const r = buildSummaryPlan(binhLuongData(), {
    existingSheets: [],
    place: { area: "ward", units: "residentialGroup" },
  });
  expect(r.ok && content(r.value.plan.sheets[0] as SheetPlan, "B11")).toEqual({
    value: "Toàn phường",
  });
});

test("missingSummaryColumns names the households/poor columns a mapping lacks; building anyway is misuse", () => {
  const data = binhLuongData();
  expect(missingSummaryColumns(data.layout)).toEqual([]);
  const { households: _h, poor: _p, ...rest } = data.layout.columns;
  const layout = { ...data.layout, columns: rest };
  expect(missingSummaryColumns(layout)).toEqual(["households", "poor"]);
  expect(() => buildSummaryPlan({ ...data, layout }, { existingSheets: [] })).toThrow(UsageError);
});

test("a grouped table gets one line per group under the commune line, summing that group's unit lines", () => {
  const data = buildTable([
    ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo"],
    [null, "TOÀN XÃ", 400, 20],
    ["I", "Xã Hưng Thịnh (cũ)", 250, 15],
    [1, "Thôn 1", 100, 5],
    [2, "Thôn 2", 150, 10],
    ["II", "Xã Hưng Lợi (cũ)", 150, 5],
    [3, "Thôn 3", 70, 2],
    [4, "Thôn 4", 80, 3],
  ]);
  const r = buildSummaryPlan(data, { existingSheets: ["Sheet1"] });
  if (!r.ok) throw new Error("expected ok");
  const s = r.value.plan.sheets[0] as SheetPlan;
  expect(["B5", "B8", "C9", "D9"].map((a) => content(s, a))).toEqual([
    { value: "Thôn 1" },
    { value: "Thôn 4" },
    { formula: "=SUM(C5:C8)", result: 400 },
    { formula: "=SUM(D5:D8)", result: 20 },
  ]);
  expect(["B10", "C10", "D10", "E10", "B11", "C11"].map((a) => content(s, a))).toEqual([
    { value: "Xã Hưng Thịnh (cũ)" },
    { formula: "=SUM(C5:C6)", result: 250 },
    { formula: "=SUM(D5:D6)", result: 15 },
    { formula: '=IF(C10>0,ROUND(D10/C10*100,2),"")', result: 6 },
    { value: "Xã Hưng Lợi (cũ)" },
    { formula: "=SUM(C7:C8)", result: 150 },
  ]);
  expect(s.print?.printArea?.bottom).toBe(11);
});

test("print: the source note is under the table, outside the print area; one page wide at ≥ 55 %", () => {
  const s = build().plan.sheets[0] as SheetPlan;
  const print = s.print as PrintSetup;
  expect(cellAt(s, "A3")).toBeUndefined();
  const bottom = print.printArea?.bottom as number;
  const note = s.writes.find((w) => w.row > bottom && w.col === 1);
  expect(note?.row).toBe(bottom + 2);
  expect(String((note?.cell as { value: unknown }).value)).toMatch(
    /^Số liệu liên kết bằng công thức/
  );
  expect(print.printArea?.top).toBe(1);
  const right = print.printArea?.right as number;
  const printed = (s.columnWidths ?? [])
    .filter((w) => w.col <= right)
    .reduce((a, w) => a + columnPixels(w.width), 0);
  expect(effectiveScale(print, printed)).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
});
