/**
 * The bad-input corpus: every file the CLI must survive. Small committed files live in tests/corpus/; the rest is
 * generated here into a temp dir at test time (big or variant files are never committed).
 */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { EXCEL_ERRORS } from "../../src/core";
import {
  buildAppendix,
  FIRST_DATA_ROW,
  totalsRowOf,
  withCells,
  type WorkbookSpec,
} from "../corpus/appendix";
import { toExcelJsWorkbook, toXlsxBuffer } from "../corpus/writeXlsx";

export const CORPUS_DIR = path.resolve(__dirname, "../corpus");

/** Files the CLI cannot use at all: every command must exit 2 with one Vietnamese line on stderr. */
export type UnusableCase = { readonly name: string; readonly file: string };

/** Files with a table but bad content: exit 0 or 1, with the issues given. */
export type IssueCase = {
  readonly name: string;
  readonly file: string;
  /** Cells (A1) that must carry an issue, with the codes allowed there. */
  readonly expect: readonly { readonly cell: string; readonly codes: readonly string[] }[];
  /** Codes that must not appear anywhere in the report. */
  readonly forbidden?: readonly string[];
  /** Exit codes allowed for `check`. */
  readonly exit: readonly number[];
};

async function write(dir: string, name: string, bytes: Buffer | string): Promise<string> {
  const p = path.join(dir, name);
  await fs.promises.writeFile(p, bytes);
  return p;
}

/** A clean 12-unit appendix as bytes (the base for the damaged variants). */
export async function cleanAppendixBytes(): Promise<Buffer> {
  return toXlsxBuffer(buildAppendix({ units: 12, seed: 7 }));
}

export async function buildUnusableCases(dir: string): Promise<UnusableCase[]> {
  const clean = await cleanAppendixBytes();
  const cases: UnusableCase[] = [];
  const add = async (name: string, bytes: Buffer | string): Promise<void> => {
    cases.push({ name, file: await write(dir, name, bytes) });
  };

  await add("zero-bytes.xlsx", Buffer.alloc(0));
  await add("truncated-half.xlsx", clean.subarray(0, Math.floor(clean.length / 2)));
  await add("truncated-100-bytes.xlsx", clean.subarray(0, 100));
  const flipped = Buffer.from(clean);
  for (let i = Math.floor(flipped.length / 3); i < Math.floor(flipped.length / 3) + 400; i++)
    flipped[i] = flipped[i]! ^ 0xff;
  await add("bit-flipped.xlsx", flipped);
  const noise = Buffer.alloc(4096);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
  await add("random-bytes.xlsx", noise);

  const zipOnly = new JSZip();
  zipOnly.file("hello.txt", "not a workbook");
  await add("zip-not-xlsx.xlsx", await zipOnly.generateAsync({ type: "nodebuffer" }));

  const broken = await JSZip.loadAsync(clean);
  broken.file(
    "xl/worksheets/sheet1.xml",
    '<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v'
  );
  await add("broken-sheet-xml.xlsx", await broken.generateAsync({ type: "nodebuffer" }));

  const noWorkbook = await JSZip.loadAsync(clean);
  noWorkbook.remove("xl/workbook.xml");
  await add("missing-workbook-xml.xlsx", await noWorkbook.generateAsync({ type: "nodebuffer" }));

  const csv = appendixCsv(buildAppendix({ units: 6, seed: 3 }));
  await add("renamed-csv.xlsx", csv);
  await add("plain.csv", csv);

  await add(
    "password-protected.xlsx",
    fs.readFileSync(path.join(CORPUS_DIR, "password-protected.xlsx"))
  );
  await add("old-format.xls", fs.readFileSync(path.join(CORPUS_DIR, "old-format.xls")));
  await add("old-format-renamed.xlsx", fs.readFileSync(path.join(CORPUS_DIR, "old-format.xls")));

  const empty = toExcelJsWorkbook({ sheets: [] });
  empty.addWorksheet("Sheet1");
  await add("empty-workbook.xlsx", Buffer.from((await empty.xlsx.writeBuffer()) as ArrayBuffer));

  await add("text-100k-rows.xlsx", await hundredThousandTextRows());
  return cases;
}

function appendixCsv(spec: WorkbookSpec): string {
  return spec.sheets[0]!.values.map((row) =>
    row.map((v) => (v === null ? "" : `"${String(v).replace(/"/g, '""')}"`)).join(",")
  ).join("\r\n");
}

async function hundredThousandTextRows(): Promise<Buffer> {
  const wb = toExcelJsWorkbook({ sheets: [] });
  const ws = wb.addWorksheet("Danh sách");
  for (let r = 1; r <= 100_000; r++)
    ws.getRow(r).values = [`dòng ${r}`, "ghi chú văn bản", `mã-${r % 97}`];
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const col = (c: number): string => String.fromCharCode(64 + c);

export async function buildIssueCases(dir: string): Promise<IssueCase[]> {
  const cases: IssueCase[] = [];

  // Merged cells across a data row (unit name through the poor count) and down a count column.
  {
    const spec = buildAppendix({ units: 8, seed: 11 });
    const r = FIRST_DATA_ROW + 1;
    const file = await write(
      dir,
      "merged-across-table.xlsx",
      await toXlsxBuffer(spec, (ws, i) => {
        if (i !== 0) return;
        ws.mergeCells(r, 2, r, 5);
        ws.mergeCells(r + 2, 4, r + 3, 4);
      })
    );
    cases.push({
      name: "merged cells across the table",
      file,
      exit: [1],
      expect: [
        { cell: `E${r}`, codes: ["MISSING_VALUE"] },
        { cell: `D${r + 3}`, codes: ["MISSING_VALUE"] },
      ],
    });
  }

  // Hidden rows are still rows of the table: a clean table with two hidden data rows stays clean.
  {
    const spec = buildAppendix({ units: 8, seed: 12 });
    spec.sheets[0]!.hiddenRows.push(FIRST_DATA_ROW + 2, FIRST_DATA_ROW + 3);
    const file = await write(dir, "hidden-rows.xlsx", await toXlsxBuffer(spec));
    cases.push({
      name: "hidden rows",
      file,
      exit: [0],
      expect: [],
      forbidden: ["TOTAL_MISMATCH", "RATE_MISMATCH"],
    });
  }

  // Every Excel error value, once in a count cell (households, D) and once in a rate cell (poorRate, F).
  {
    const n = EXCEL_ERRORS.length;
    const base = buildAppendix({ units: n * 2, seed: 13 });
    const cells = EXCEL_ERRORS.flatMap((e, i) => [
      { row: FIRST_DATA_ROW + i, col: 4, value: { error: e } },
      { row: FIRST_DATA_ROW + n + i, col: 6, value: { error: e }, numberFormat: "0.00" },
    ]);
    const file = await write(
      dir,
      "every-error-value.xlsx",
      await toXlsxBuffer(withCells(base, cells))
    );
    cases.push({
      name: "every Excel error value in count and rate cells",
      file,
      exit: [1],
      expect: cells.map((c) => ({ cell: `${col(c.col)}${c.row}`, codes: ["CELL_ERROR"] })),
    });
  }

  // Dates typed into count cells (poor, households).
  {
    const base = buildAppendix({ units: 8, seed: 14 });
    const r = FIRST_DATA_ROW + 1;
    const file = await write(
      dir,
      "dates-in-counts.xlsx",
      await toXlsxBuffer(base, (ws, i) => {
        if (i !== 0) return;
        ws.getCell(r, 5).value = new Date(Date.UTC(2024, 0, 15));
        ws.getCell(r, 5).numFmt = "dd/mm/yyyy";
        ws.getCell(r + 1, 4).value = new Date(Date.UTC(2023, 11, 31));
        ws.getCell(r + 1, 4).numFmt = "dd/mm/yyyy";
      })
    );
    cases.push({
      name: "dates in count cells",
      file,
      exit: [1],
      forbidden: [
        "POOR_EXCEEDS_HOUSEHOLDS",
        "HOUSEHOLDS_EXCEED_POPULATION",
        "HOUSEHOLD_SIZE_UNUSUAL",
      ],
      expect: [
        // A date in a count cell is reported as what the officer sees ("15/01/2024" is not a number), not as its serial.
        { cell: `E${r}`, codes: ["NOT_A_NUMBER"] },
        { cell: `D${r + 1}`, codes: ["NOT_A_NUMBER"] },
      ],
    });
  }

  cases.push(...(await numberAsTextCases(dir)));
  return cases;
}

/** Text forms of a number an officer may type; `exact` forms must be understood as the number itself. */
export function numberTextForms(
  n: number,
  kind: "count" | "rate"
): { form: string; text: string; exact: boolean }[] {
  if (kind === "count") {
    const s = String(n);
    const fullWidth = s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    return [
      { form: "plain", text: s, exact: true },
      { form: "spaces", text: ` ${s} `, exact: true },
      { form: "decimal comma zero", text: `${s},0`, exact: true },
      { form: "nbsp before", text: `\u00a0${s}`, exact: true },
      { form: "nbsp after", text: `${s}\u00a0`, exact: true },
      { form: "full-width digits", text: fullWidth, exact: false },
    ];
  }
  const comma = n.toFixed(2).replace(".", ",");
  return [
    { form: "decimal comma", text: comma, exact: true },
    { form: "decimal comma with spaces", text: ` ${comma} `, exact: true },
    { form: "dot with percent sign", text: `${n.toFixed(2)}%`, exact: false },
    { form: "comma with percent sign", text: `${comma}%`, exact: false },
    { form: "nbsp after", text: `${comma}\u00a0`, exact: true },
  ];
}

/**
 * One appendix where each data row has one count (households, D) and one rate (poorRate, F) typed as text in a
 * different form, plus a population written with a Vietnamese thousands dot ("1.234"). Forms marked exact must
 * give NUMBER_AS_TEXT and be understood as the right number (so no RATE_MISMATCH / TOTAL_MISMATCH anywhere);
 * the others may instead be refused as NOT_A_NUMBER (then the dependent checks are skipped, never guessed).
 */
async function numberAsTextCases(dir: string): Promise<IssueCase[]> {
  const base = buildAppendix({ units: 24, seed: 15 });
  const values = base.sheets[0]!.values;
  const countForms = numberTextForms(0, "count");
  const rateForms = numberTextForms(0, "rate");
  const cells: { row: number; col: number; value: string }[] = [];
  const expect: { cell: string; codes: string[] }[] = [];
  countForms.forEach((f, i) => {
    const row = FIRST_DATA_ROW + i;
    const hh = values[row - 1]![3] as number;
    const form = numberTextForms(hh, "count")[countForms.indexOf(f)]!;
    cells.push({ row, col: 4, value: form.text });
    expect.push({
      cell: `D${row}`,
      codes: form.exact ? ["NUMBER_AS_TEXT"] : ["NUMBER_AS_TEXT", "NOT_A_NUMBER"],
    });
  });
  rateForms.forEach((f, i) => {
    const row = FIRST_DATA_ROW + countForms.length + i;
    const rate = values[row - 1]![5] as number;
    const form = numberTextForms(rate, "rate")[rateForms.indexOf(f)]!;
    cells.push({ row, col: 6, value: form.text });
    expect.push({
      cell: `F${row}`,
      codes: form.exact ? ["NUMBER_AS_TEXT"] : ["NUMBER_AS_TEXT", "NOT_A_NUMBER"],
    });
  });
  // A population of 1,234 written "1.234" (Vietnamese thousands separator) on an unused row with >= 130 households.
  const used = countForms.length + rateForms.length;
  let last = FIRST_DATA_ROW + used;
  while ((values[last - 1]![3] as number) < 130) last++;
  const oldPop = values[last - 1]![2] as number;
  const totalsPop = values[totalsRowOf(base) - 1]![2] as number;
  cells.push({ row: last, col: 3, value: "1.234" });
  const withThousands = withCells(base, [
    ...cells,
    { row: totalsRowOf(base), col: 3, value: totalsPop - oldPop + 1234 },
  ]);
  expect.push({ cell: `C${last}`, codes: ["NUMBER_AS_TEXT", "NOT_A_NUMBER"] });
  const file = await write(dir, "numbers-as-text.xlsx", await toXlsxBuffer(withThousands));
  return [
    {
      name: "numbers stored as text in every form",
      file,
      exit: [0, 1],
      expect,
      forbidden: ["RATE_MISMATCH", "TOTAL_MISMATCH", "NOT_INTEGER", "HOUSEHOLD_SIZE_UNUSUAL"],
    },
  ];
}
