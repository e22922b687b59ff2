/**
 * Test-only workbooks around the Bình Lương plan, written with ExcelJS: the 2024 appendix with a near-poor column,
 * the 2023 plan's appendix (last year's figures: 40 poor, 14 near-poor of 729 households), and transitions tables.
 */
import * as fs from "fs";
import ExcelJS from "exceljs";

type Row = readonly (string | number | null)[];

async function writeSheets(
  file: string,
  sheets: readonly { name: string; rows: readonly Row[]; merges?: readonly string[] }[]
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v !== null) ws.getCell(i + 1, j + 1).value = v;
      })
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  fs.writeFileSync(file, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return file;
}

const VILLAGES = ["Quang Trung", "Làng Gió", "Thắng Lộc", "Làng Sao", "Hợp Thành", "Làng Mài"];
const HOUSEHOLDS = [126, 126, 130, 105, 144, 98];

/** An appendix: TT, Thôn, Tổng số hộ, Số hộ nghèo, Tỷ lệ, Số hộ cận nghèo, Tỷ lệ, [Số hộ giảm nghèo]. */
function appendixRows(
  title: string,
  poor: readonly number[],
  nearPoor: readonly number[],
  cuts: readonly number[] | null
): Row[] {
  const rate = (n: number, h: number) => Math.round((n / h) * 10000) / 100;
  const header: Row = [
    "TT",
    "Thôn",
    "Tổng số hộ",
    "Số hộ nghèo",
    "Tỷ lệ hộ nghèo (%)",
    "Số hộ cận nghèo",
    "Tỷ lệ hộ cận nghèo (%)",
    ...(cuts ? ["Số hộ giảm nghèo"] : []),
  ];
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const hh = sum(HOUSEHOLDS);
  return [
    [null, title],
    [],
    header,
    ...VILLAGES.map((name, i): Row => {
      const h = HOUSEHOLDS[i] as number;
      const p = poor[i] as number;
      const n = nearPoor[i] as number;
      return [i + 1, name, h, p, rate(p, h), n, rate(n, h), ...(cuts ? [cuts[i] as number] : [])];
    }),
    [
      null,
      "Tổng",
      hh,
      sum(poor),
      rate(sum(poor), hh),
      sum(nearPoor),
      rate(sum(nearPoor), hh),
      ...(cuts ? [sum(cuts)] : []),
    ],
  ];
}

/** 2024 (after the 2023 review): 32 poor, 21 near-poor; the cut column is there, no near-poor cut column. */
export function writeNearPoorWorkbook(file: string): Promise<string> {
  return writeSheets(file, [
    {
      name: "Phụ lục",
      rows: appendixRows(
        "GIAO CHỈ TIÊU GIẢM NGHÈO CÁC THÔN NĂM 2024",
        [1, 3, 4, 2, 9, 13],
        [2, 3, 4, 2, 5, 5],
        [0, 0, 0, 0, 0, 0]
      ),
    },
  ]);
}

/** Last year's plan: 40 poor (5,49 %) and 14 near-poor (1,92 %) of the same 729 households. */
export function writePreviousYearWorkbook(file: string): Promise<string> {
  return writeSheets(file, [
    {
      name: "Phụ lục",
      rows: appendixRows(
        "GIAO CHỈ TIÊU GIẢM NGHÈO CÁC THÔN NĂM 2023",
        [2, 4, 5, 3, 11, 15],
        [1, 2, 3, 2, 3, 3],
        null
      ),
    },
  ]);
}

/** Transitions header: per unit households, poor at the start, escaped, fell back, newly poor, poor at the end. */
export const TRANSITIONS_HEADER: Row = [
  "TT",
  "Thôn",
  "Tổng số hộ",
  "Số hộ nghèo đầu năm",
  "Số hộ thoát nghèo",
  "Số hộ tái nghèo",
  "Số hộ nghèo phát sinh",
  "Số hộ nghèo cuối năm",
  "Tỷ lệ hộ nghèo cuối năm (%)",
];

/** A transitions sheet "Diễn biến" from [name, households, start, exited, reentered, new, end] rows (+ totals). */
export function writeTransitionsWorkbook(
  file: string,
  rows: readonly (readonly [string, number, number, number, number, number, number])[]
): Promise<string> {
  const rate = (n: number, h: number) => Math.round((n / h) * 10000) / 100;
  const sums = [1, 2, 3, 4, 5, 6].map((k) => rows.reduce((a, r) => a + (r[k] as number), 0));
  return writeSheets(file, [
    {
      name: "Diễn biến",
      rows: [
        [null, "DIỄN BIẾN HỘ NGHÈO NĂM 2023"],
        [],
        TRANSITIONS_HEADER,
        ...rows.map((r, i): Row => [i + 1, ...r, rate(r[6], r[1])]),
        [null, "Tổng", ...sums, rate(sums[5] as number, sums[0] as number)],
      ],
    },
  ]);
}
