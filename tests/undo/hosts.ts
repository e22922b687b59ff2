/** The hosts the undo properties run on, each seeded from the same generated workbook. */
import type { WorkbookHost } from "../../src/core";
import { XlsxHost } from "../../src/xlsx/XlsxHost";
import {
  buildAppendix,
  FIRST_DATA_ROW,
  totalsRowOf,
  withCells,
  type SheetSpec,
  type WorkbookSpec,
} from "../corpus/appendix";
import { toXlsxBuffer } from "../corpus/writeXlsx";
import { deleteRows, insertRows, sortRows } from "./xlsxOfficer";

/**
 * An 8-unit appendix with a few issues the engine can fix (a wrong rate, a count typed as text, a totals-row
 * mismatch), plus a notes sheet holding text, a formula and number formats.
 */
export function seedWorkbook(): WorkbookSpec {
  const base = buildAppendix({ units: 8, seed: 99 });
  const v = base.sheets[0]!.values;
  const r = FIRST_DATA_ROW + 1;
  const totals = totalsRowOf(base);
  const withIssues = withCells(base, [
    { row: r, col: 6, value: (v[r - 1]![5] as number) + 1.5, numberFormat: "0.00" },
    { row: r + 2, col: 4, value: String(v[r + 1]![3]) },
    { row: totals, col: 7, value: (v[totals - 1]![6] as number) + 1 },
    {
      row: r + 3,
      col: 8,
      value: v[r + 2]![7]!,
      numberFormat: "0.00",
      formula: `=ROUND(G${r + 3}/D${r + 3}*100,2)`,
    },
  ]);
  const notes: SheetSpec = {
    name: "Ghi chú",
    values: [
      ["Người lập", "Nguyễn Văn A", null],
      [45292, 0.0439, 12],
      ['=HYPERLINK("http://evil","x")', null, 24],
    ],
    numberFormats: [
      ["General", "@", "General"],
      ["dd/mm/yyyy", "0.00%", "#,##0"],
      ["@", "General", "0"],
    ],
    formulas: [
      [null, null, null],
      [null, null, null],
      [null, null, "=C2*2"],
    ],
    merges: [],
    hiddenRows: [],
  };
  return { sheets: [...withIssues.sheets, notes] };
}

export type HostFactory = {
  readonly name: string;
  readonly make: () => Promise<WorkbookHost>;
  /** The officer types a value into a cell directly (outside the add-in and its undo stack). */
  readonly officerEdit: (
    host: WorkbookHost,
    sheet: string,
    row: number,
    col: number,
    value: number | string
  ) => void;
  /** The officer's row edits and renames in Excel's UI, between two clicks of the pane (not undo steps). */
  readonly moves: {
    insertRows(host: WorkbookHost, sheet: string, at: number, count: number): void;
    deleteRows(host: WorkbookHost, sheet: string, at: number, count: number): void;
    /** Sort rows top…bottom by the values of column `by`. */
    sortRows(host: WorkbookHost, sheet: string, top: number, bottom: number, by: number): void;
    renameSheet(host: WorkbookHost, from: string, to: string): void;
  };
  /** Whether the host keeps the value of a formula cell (a file's cached result) or computes it (Excel). */
  readonly formulaValues: boolean;
};

let seedBytes: Buffer | null = null;

const worksheet = (host: WorkbookHost, sheet: string) => {
  const ws = (host as XlsxHost).excelWorkbook.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  return ws;
};

export const xlsxHostFactory: HostFactory = {
  name: "XlsxHost",
  formulaValues: true,
  moves: {
    insertRows: (host, sheet, at, count) => insertRows(worksheet(host, sheet), at, count),
    deleteRows: (host, sheet, at, count) => deleteRows(worksheet(host, sheet), at, count),
    sortRows: (host, sheet, top, bottom, by) => sortRows(worksheet(host, sheet), top, bottom, by),
    renameSheet: (host, from, to) => void (worksheet(host, from).name = to),
  },
  officerEdit: (host, sheet, row, col, value) => {
    const ws = (host as XlsxHost).excelWorkbook.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet ${sheet}`);
    ws.getCell(row, col).value = value;
  },
  make: async () => {
    seedBytes ??= await toXlsxBuffer(seedWorkbook());
    return XlsxHost.fromBuffer(seedBytes);
  },
};
