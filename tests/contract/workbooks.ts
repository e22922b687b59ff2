import * as ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import type { Grid, RawValue, WorkbookHost } from "../../src/core";
import { fromA1 } from "../../src/core";
import { ExcelHost } from "../../src/excel/ExcelHost";
import type { FakeExcel, FakeExcelOptions } from "../excelFake/FakeExcel";
import { XlsxHost } from "../../src/xlsx/XlsxHost";
import { fakeFromXlsx } from "./fakeFromXlsx";

import { WORKBOOKS as FIXTURES } from "../paths";
export { FIXTURES };

export function fixture(name: string): Uint8Array {
  return fs.readFileSync(path.join(FIXTURES, name));
}

type SeedCell =
  string | number | boolean | Date | null | { formula: string; result: number } | { error: string };

export type SeedSheet = {
  readonly name: string;
  readonly rows: readonly (readonly SeedCell[])[];
  readonly origin?: { row: number; col: number };
  readonly merges?: readonly string[];
  readonly formats?: Readonly<Record<string, string>>;
  readonly fills?: Readonly<Record<string, string>>;
};

/** A small .xlsx written with ExcelJS: both hosts open the same bytes. */
export async function buildXlsx(sheets: readonly SeedSheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    const origin = s.origin ?? { row: 1, col: 1 };
    s.rows.forEach((line, i) =>
      line.forEach((v, j) => {
        if (v === null) return;
        ws.getCell(origin.row + i, origin.col + j).value = v as ExcelJS.CellValue;
      })
    );
    for (const [a, f] of Object.entries(s.formats ?? {})) ws.getCell(a).numFmt = f;
    for (const [a, color] of Object.entries(s.fills ?? {})) {
      ws.getCell(a).fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: `FF${color.slice(1)}` },
      };
    }
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A generated appendix-like sheet with `n` data rows. */
export function bigTable(n: number): SeedSheet {
  const rows: SeedCell[][] = [["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"]];
  for (let i = 1; i <= n; i++)
    rows.push([
      i,
      `Thôn ${i}`,
      100 + (i % 50),
      i % 7,
      Math.round(((i % 7) / (100 + (i % 50))) * 10000) / 100,
    ]);
  return { name: "Phụ lục", rows };
}

export type Validation = { readonly type: string; readonly min: number; readonly max: number };

/** A host under test plus read-only inspectors for what the WorkbookHost interface does not expose. */
export type Opened = {
  readonly host: WorkbookHost;
  readonly fake: FakeExcel | null;
  fillAt(sheet: string, address: string): string | null;
  validationAt(sheet: string, address: string): Validation | null;
};

export type Leg = {
  readonly name: string;
  open(data: Uint8Array, options?: FakeExcelOptions): Promise<Opened>;
};

export const excelLeg: Leg = {
  name: "ExcelHost over the strict fake",
  async open(data, options = {}) {
    const fake = await fakeFromXlsx(data, options);
    const host = new ExcelHost({
      run: fake.run,
      requirements: fake.requirements,
      settings: fake.settings,
    });
    const sheetState = (sheet: string) => fake.exportState().find((s) => s.name === sheet);
    return {
      host,
      fake,
      // What the officer sees: the highlight is a conditional format over the cell's own fill.
      fillAt: (sheet, address) => fake.displayedFill(sheet, address),
      validationAt(sheet, address) {
        const { row, col } = fromA1(address);
        for (const v of sheetState(sheet)?.validations ?? []) {
          const local = v.address.slice(v.address.lastIndexOf("!") + 1);
          const [a, b = a] = local.split(":") as [string, string?];
          const tl = fromA1(a);
          const br = fromA1(b as string);
          if (row < tl.row || row > br.row || col < tl.col || col > br.col) continue;
          const rule = v.rule as Record<string, { formula1: number; formula2: number }>;
          const [kind, basic] = Object.entries(rule)[0] as [
            string,
            { formula1: number; formula2: number },
          ];
          return {
            type: kind === "wholeNumber" ? "whole" : kind,
            min: Number(basic.formula1),
            max: Number(basic.formula2),
          };
        }
        return null;
      },
    };
  },
};

export const xlsxLeg: Leg = {
  name: "XlsxHost",
  async open(data) {
    const host = await XlsxHost.fromBuffer(data);
    const ws = (sheet: string) => host.excelWorkbook.getWorksheet(sheet);
    return {
      host,
      fake: null,
      fillAt(sheet, address) {
        const fill = ws(sheet)?.getCell(address).fill;
        if (fill?.type !== "pattern" || fill.pattern !== "solid") return null;
        const argb = fill.fgColor?.argb;
        return argb ? `#${argb.slice(-6).toUpperCase()}` : null;
      },
      validationAt(sheet, address) {
        const dv = ws(sheet)?.getCell(address).dataValidation;
        if (!dv || !dv.type) return null;
        const [min, max] = (dv.formulae ?? []) as unknown[];
        return { type: dv.type, min: Number(min), max: Number(max) };
      },
    };
  },
};

/** The value at an A1 address of a grid (absolute), or undefined outside it. */
export function valueAt(grid: Grid, address: string): RawValue | undefined {
  const { row, col } = fromA1(address);
  return grid.values[row - grid.top]?.[col - grid.left];
}

export function formulaAt(grid: Grid, address: string): string | null | undefined {
  const { row, col } = fromA1(address);
  return grid.formulas[row - grid.top]?.[col - grid.left];
}

export function formatAt(grid: Grid, address: string): string | undefined {
  const { row, col } = fromA1(address);
  return grid.numberFormats[row - grid.top]?.[col - grid.left];
}

/**
 * A grid in a host-neutral form: merges sorted, hidden rows dropped, and formula cells without their value
 * (the fake does not calculate; the xlsx host stores the plan's expected result).
 */
export function comparable(grid: Grid): Omit<Grid, "hiddenRows"> {
  const merges = [...grid.merges].sort((a, b) => a.top - b.top || a.left - b.left);
  const values = grid.values.map((row, i) =>
    row.map((v, j) => (grid.formulas[i]?.[j] ? "<formula>" : v))
  );
  return {
    sheet: grid.sheet,
    top: grid.top,
    left: grid.left,
    values,
    formulas: grid.formulas,
    numberFormats: grid.numberFormats,
    merges,
  };
}
