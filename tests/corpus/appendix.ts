/**
 * Generated appendix workbooks for the bench, the robustness corpus and the undo property tests.
 * Layout follows the shared fixture binh-luong-2024.xlsx (sheet "Phụ lục", three merged header rows 5–7,
 * columns A–I: TT, Thôn, population, households, poor, poorRate, poorCut, poorCutRate, projectedPoorRate,
 * a "Tổng:" totals row below the data). Everything is deterministic for a given seed.
 */
import type { Grid, RangeRef, RawValue } from "../../src/core";

export type SheetSpec = {
  readonly name: string;
  /** Row 1 first; values[i][j] is row i+1, column j+1. */
  readonly values: RawValue[][];
  /** Same shape as values; "General" where unset. */
  readonly numberFormats: string[][];
  readonly formulas: (string | null)[][];
  readonly merges: RangeRef[];
  readonly hiddenRows: number[];
};

export type WorkbookSpec = { readonly sheets: SheetSpec[] };

export const APPENDIX_SHEET = "Phụ lục";
export const FIRST_DATA_ROW = 8;
export const COLUMNS = 9;

/** Small deterministic PRNG (mulberry32) so generated files are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round2 = (x: number): number => Math.round(x * 100 + Number.EPSILON * 100) / 100;
const rate = (part: number, whole: number): number =>
  whole === 0 ? 0 : round2((part / whole) * 100);

export type AppendixOptions = {
  readonly units: number;
  readonly seed?: number;
  /** Village name for unit i (0-based). Default "Thôn 1", "Thôn 2", … */
  readonly unitName?: (i: number) => string;
};

/** A clean appendix (no issues) with `units` data rows and a correct totals row. */
export function buildAppendix(options: AppendixOptions): WorkbookSpec {
  const rnd = seededRandom(options.seed ?? 2024);
  const name = options.unitName ?? ((i: number) => `Thôn ${i + 1}`);
  const lastData = FIRST_DATA_ROW + options.units - 1;
  const totalsRow = lastData + 1;
  const rows: RawValue[][] = [];
  const formats: string[][] = [];
  const blankRow = (): RawValue[] => new Array<RawValue>(COLUMNS).fill(null);
  const generalRow = (): string[] => new Array<string>(COLUMNS).fill("General");
  for (let r = 1; r <= totalsRow; r++) {
    rows.push(blankRow());
    formats.push(generalRow());
  }
  const set = (r: number, c: number, v: RawValue, fmt?: string): void => {
    rows[r - 1]![c - 1] = v;
    if (fmt) formats[r - 1]![c - 1] = fmt;
  };
  set(1, 1, "PHỤ LỤC:");
  set(2, 1, "GIAO CHỈ TIÊU GIẢM NGHÈO CÁC THÔN NĂM 2024");
  set(3, 1, "(Kèm theo Kế hoạch số:    /KH-UBND ngày    /   /2024 của UBND xã Bình Lương)");
  set(5, 1, "TT");
  set(5, 2, "Thôn");
  set(5, 3, "Tổng dân số theo chi cục thống kê");
  set(5, 4, "Công tác giảm nghèo");
  set(6, 4, "Tình hình hộ nghèo cuối năm 2023");
  set(6, 7, "Kế hoạch giảm nghèo năm 2024");
  const headers = [
    "Tổng số hộ trên địa bàn",
    "Số hộ nghèo",
    "Tỷ lệ (%)",
    "Số hộ giảm nghèo",
    "Tỷ lệ giảm (%)",
  ];
  headers.forEach((h, i) => set(7, 4 + i, h));
  set(7, 9, "Dự kiến tỷ lệ hộ nghèo cuối năm 2024 (%)");

  let sumPop = 0;
  let sumHh = 0;
  let sumPoor = 0;
  let sumCut = 0;
  for (let i = 0; i < options.units; i++) {
    const r = FIRST_DATA_ROW + i;
    const hh = 80 + Math.floor(rnd() * 300);
    const pop = hh * 3 + Math.floor(rnd() * hh * 2);
    const poor = 1 + Math.floor(rnd() * Math.min(30, hh / 4));
    const cut = Math.floor(rnd() * (poor / 2 + 1));
    sumPop += pop;
    sumHh += hh;
    sumPoor += poor;
    sumCut += cut;
    set(r, 1, i + 1);
    set(r, 2, name(i));
    set(r, 3, pop);
    set(r, 4, hh);
    set(r, 5, poor);
    set(r, 6, rate(poor, hh), "0.00");
    set(r, 7, cut);
    set(r, 8, rate(cut, hh), "0.00");
    set(r, 9, rate(poor - cut, hh), "0.00");
  }
  set(totalsRow, 2, "Tổng:");
  set(totalsRow, 3, sumPop);
  set(totalsRow, 4, sumHh);
  set(totalsRow, 5, sumPoor);
  set(totalsRow, 6, rate(sumPoor, sumHh), "0.00");
  set(totalsRow, 7, sumCut);
  set(totalsRow, 8, rate(sumCut, sumHh), "0.00");
  set(totalsRow, 9, rate(sumPoor - sumCut, sumHh), "0.00");

  const merges: RangeRef[] = [
    { top: 2, left: 1, bottom: 2, right: 9 },
    { top: 3, left: 1, bottom: 3, right: 9 },
    { top: 5, left: 4, bottom: 5, right: 9 },
    { top: 5, left: 1, bottom: 7, right: 1 },
    { top: 5, left: 2, bottom: 7, right: 2 },
    { top: 5, left: 3, bottom: 7, right: 3 },
    { top: 6, left: 4, bottom: 6, right: 6 },
    { top: 6, left: 7, bottom: 6, right: 9 },
  ];
  const sheet: SheetSpec = {
    name: APPENDIX_SHEET,
    values: rows,
    numberFormats: formats,
    formulas: rows.map((row) => row.map(() => null)),
    merges,
    hiddenRows: [],
  };
  return { sheets: [sheet] };
}

/** Row number of the totals row of a generated appendix. */
export function totalsRowOf(spec: WorkbookSpec): number {
  return spec.sheets[0]!.values.length;
}

/** Return a copy of the spec with some cells of the appendix sheet replaced. */
export function withCells(
  spec: WorkbookSpec,
  cells: readonly {
    row: number;
    col: number;
    value: RawValue;
    numberFormat?: string;
    formula?: string;
  }[]
): WorkbookSpec {
  const [first, ...rest] = spec.sheets;
  const s = cloneSheet(first!);
  for (const c of cells) {
    while (s.values.length < c.row) {
      s.values.push(new Array<RawValue>(COLUMNS).fill(null));
      s.numberFormats.push(new Array<string>(COLUMNS).fill("General"));
      s.formulas.push(new Array<string | null>(COLUMNS).fill(null));
    }
    s.values[c.row - 1]![c.col - 1] = c.value;
    if (c.numberFormat) s.numberFormats[c.row - 1]![c.col - 1] = c.numberFormat;
    s.formulas[c.row - 1]![c.col - 1] = c.formula ?? null;
  }
  return { sheets: [s, ...rest.map(cloneSheet)] };
}

export function cloneSheet(s: SheetSpec): SheetSpec {
  return {
    name: s.name,
    values: s.values.map((r) => [...r]),
    numberFormats: s.numberFormats.map((r) => [...r]),
    formulas: s.formulas.map((r) => [...r]),
    merges: s.merges.map((m) => ({ ...m })),
    hiddenRows: [...s.hiddenRows],
  };
}

/** The Grid a host should produce for this sheet (merged slaves are null, as Office.js returns them). */
export function toGrid(sheet: SheetSpec): Grid {
  const values = sheet.values.map((row, i) =>
    row.map((v, j) => (isMergeSlave(sheet.merges, i + 1, j + 1) ? null : v))
  );
  return {
    sheet: sheet.name,
    top: 1,
    left: 1,
    values,
    formulas: sheet.formulas.map((r) => [...r]),
    numberFormats: sheet.numberFormats.map((r) => [...r]),
    merges: sheet.merges,
    hiddenRows: sheet.hiddenRows,
  };
}

function isMergeSlave(merges: readonly RangeRef[], row: number, col: number): boolean {
  return merges.some(
    (m) =>
      row >= m.top &&
      row <= m.bottom &&
      col >= m.left &&
      col <= m.right &&
      !(row === m.top && col === m.left)
  );
}
