import fc from "fast-check";
import {
  allocateTarget,
  buildAllocationPlan,
  buildFixPlan,
  buildIssueFix,
  detectTables,
  formatDetectFailure,
  formatIssue,
  readTable,
  tableToJson,
  validateTable,
} from "../../src/core";
import type { Grid, RangeRef, RawValue } from "../../src/core";

/** FC_RUNS=5000 npx jest src/core/__tests__/robustness — a longer hunt for counterexamples. */
const RUNS = Number(process.env.FC_RUNS ?? 400);

const WORDS = [
  "TT",
  "STT",
  "Thôn",
  "Tổ dân phố",
  "Thôn/TDP",
  "Đơn vị",
  "Xóm",
  "Tổng số hộ",
  "Số hộ nghèo",
  "Tỷ lệ (%)",
  "Hộ nghèo",
  "Hộ cận nghèo",
  "Số hộ",
  "Số hộ giảm nghèo",
  "Tỷ lệ giảm (%)",
  "Dự kiến tỷ lệ hộ nghèo cuối năm (%)",
  "Dân số",
  "Tổng",
  "Tổng cộng",
  "Cộng",
  "Toàn xã",
  "Ghi chú",
  "Người lập biểu",
  "I. Khu vực thành thị",
  "(1)",
  "(3)=(2)/(1)",
  "4 hộ",
  "khoảng 12",
  "98",
  "4,39",
  "1.234",
  "#DIV/0!",
  "#N/A",
  "",
  "  ",
  "Làng Gió",
  "a",
  "=1+1",
  "-0,95",
  "12%",
];

const cellArb: fc.Arbitrary<RawValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.integer({ min: -50, max: 800 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 1,
    arbitrary: fc.constantFrom("#DIV/0!", "#REF!", "#VALUE!").map((error) => ({ error })),
  }
);

const gridArb: fc.Arbitrary<Grid> = fc
  .record({
    top: fc.integer({ min: 1, max: 5 }),
    left: fc.integer({ min: 1, max: 4 }),
    rows: fc.array(fc.array(cellArb, { maxLength: 12 }), { maxLength: 24 }),
    merges: fc.array(
      fc.record({
        top: fc.integer({ min: -2, max: 30 }),
        left: fc.integer({ min: -2, max: 16 }),
        h: fc.integer({ min: -1, max: 60 }),
        w: fc.integer({ min: -1, max: 20 }),
      }),
      { maxLength: 6 }
    ),
    percent: fc.boolean(),
  })
  .map(({ top, left, rows, merges, percent }) => ({
    sheet: "S",
    top,
    left,
    values: rows,
    formulas: rows.map((r) => r.map((v) => (typeof v === "number" ? "=1" : null))),
    numberFormats: rows.map((r) =>
      r.map((_, j) => (percent && j % 2 ? "0.00%" : j % 3 ? "@" : "General"))
    ),
    merges: merges.map((m): RangeRef => ({
      top: m.top,
      left: m.left,
      bottom: m.top + m.h,
      right: m.left + m.w,
    })),
  }));

/** A real-looking header on top of random rows, so the deeper code runs often. */
const tableGridArb: fc.Arbitrary<Grid> = fc
  .tuple(
    gridArb,
    fc.shuffledSubarray([
      "Tổng số hộ",
      "Số hộ nghèo",
      "Tỷ lệ (%)",
      "Số hộ giảm nghèo",
      "Tỷ lệ giảm (%)",
      "Dân số",
      "Dự kiến tỷ lệ hộ nghèo cuối năm (%)",
    ])
  )
  .map(([g, cols]) => ({
    ...g,
    values: [["TT", "Thôn", ...cols], ...g.values],
    formulas: [[null, null, ...cols.map(() => null)], ...g.formulas],
    numberFormats: [["General", "General", ...cols.map(() => "General")], ...g.numberFormats],
  }));

const UNFILLED = /\{\w+\}|undefined|NaN|Infinity/;

function runEverything(grid: Grid, target: number): void {
  const r = detectTables(grid);
  if (!r.ok) {
    expect(typeof formatDetectFailure(r, "vi")).toBe("string");
    expect(r.confidence).toBeGreaterThanOrEqual(0);
    return;
  }
  for (const layout of r.tables) {
    expect(layout.confidence).toBeGreaterThanOrEqual(0);
    expect(layout.confidence).toBeLessThanOrEqual(1);
    const data = readTable(grid, layout);
    const issues = validateTable(data, { target });
    for (let k = 1; k < issues.length; k++) {
      const a = issues[k - 1]!;
      const b = issues[k]!;
      expect(a.row < b.row || (a.row === b.row && a.col <= b.col)).toBe(true);
    }
    for (const i of issues) {
      const own = [String(i.params?.unit ?? ""), String(i.actual)].filter((x) => x.length > 0);
      for (const lang of ["vi", "en"] as const) {
        const message = own.reduce((m, x) => m.split(x).join(""), formatIssue(i, lang));
        expect(message).not.toMatch(UNFILLED);
      }
      buildIssueFix(data, i, { formulas: target % 2 === 0 });
    }
    JSON.stringify(tableToJson(data, issues, "vi"));
    for (const formulas of [false, true]) {
      for (const w of buildFixPlan(data, { formulas }).sheets[0]!.writes) {
        if (w.cell && "formula" in w.cell) expect(w.cell.formula).toMatch(/^=ROUND\(/);
        if (w.cell && "value" in w.cell) expect(Number.isFinite(w.cell.value)).toBe(true);
      }
    }
    for (const method of ["proportional", "highest-rate"] as const) {
      const a = allocateTarget(data, target, method);
      if (a.ok) buildAllocationPlan(data, a.cuts, { formulas: true });
    }
  }
}

describe("the engine never throws on any cell content", () => {
  it("random grids", () => {
    fc.assert(
      fc.property(gridArb, fc.integer({ min: -2, max: 40 }), (g, t) => runEverything(g, t)),
      { numRuns: RUNS }
    );
  });

  it("random rows under a real header", () => {
    fc.assert(
      fc.property(tableGridArb, fc.integer({ min: 0, max: 40 }), (g, t) => runEverything(g, t)),
      { numRuns: RUNS }
    );
  });

  it("ragged arrays and missing formulas/formats", () => {
    const grid = {
      sheet: "S",
      top: 1,
      left: 1,
      values: [["Thôn", "Tổng số hộ", "Số hộ nghèo"], ["A", 10], []],
      formulas: [],
      numberFormats: [[]],
      merges: [],
    } as unknown as Grid;
    expect(() => runEverything(grid, 1)).not.toThrow();
  });
});

describe("big sheets", () => {
  const N = 100_000;
  it("detects nothing on 100,000 rows of text, quickly enough to finish", () => {
    const values = Array.from({ length: N }, (_, i) => [
      `dòng ${i}`,
      i % 7 === 0 ? "Thôn" : "Ghi chú",
      "Tổng số hộ",
      "x",
    ]);
    const grid: Grid = {
      sheet: "S",
      top: 1,
      left: 1,
      values,
      formulas: [],
      numberFormats: [],
      merges: [],
    };
    const r = detectTables(grid);
    expect(r.ok).toBe(false);
  });

  it("reads and validates a 100,000-unit table", () => {
    const values: RawValue[][] = [
      ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)", "Số hộ giảm nghèo"],
    ];
    for (let i = 1; i <= N; i++) values.push([i, `Thôn ${i}`, 100, i % 10, i % 10, 0]);
    const grid: Grid = {
      sheet: "S",
      top: 1,
      left: 1,
      values,
      formulas: [],
      numberFormats: [],
      merges: [],
    };
    const r = detectTables(grid);
    if (!r.ok) throw new Error(r.reason);
    expect(r.tables[0]?.unitRows).toHaveLength(N);
    const data = readTable(grid, r.tables[0]!);
    const issues = validateTable(data);
    expect(issues.map((i) => i.code)).toEqual(["TOTALS_ROW_MISSING"]);
    expect(buildFixPlan(data, { formulas: true }).sheets[0]!.writes).toHaveLength(N);
    expect(allocateTarget(data, 1000, "proportional").ok).toBe(true);
    expect(allocateTarget(data, 1000, "highest-rate").ok).toBe(true);
  });
});
