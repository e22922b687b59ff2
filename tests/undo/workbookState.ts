/** A host's whole workbook as comparable data: sheet list, and every non-empty cell's value, formula and format. */
import { toA1 } from "../../src/core";
import type { RangeRef, RawValue, WorkbookHost } from "../../src/core";

export type CellState = {
  readonly value: RawValue;
  readonly formula: string | null;
  readonly numberFormat: string;
};
export type SheetState = {
  readonly cells: Record<string, CellState>;
  readonly merges: readonly string[];
};
export type WorkbookState = {
  readonly sheets: readonly string[];
  readonly content: Record<string, SheetState>;
};

const isBlank = (c: CellState): boolean =>
  c.value === null && c.formula === null && (c.numberFormat === "General" || c.numberFormat === "");

const rangeKey = (m: RangeRef): string => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`;

/**
 * `formulaValues: false` leaves out the value of formula cells: the Excel fake does not calculate (a restored
 * formula reads 0 there, where Excel would recalculate it), so on the fake only the formula text is compared.
 */
export async function workbookState(
  host: WorkbookHost,
  options: { formulaValues?: boolean } = {}
): Promise<WorkbookState> {
  const formulaValues = options.formulaValues ?? true;
  const sheets = await host.listSheets();
  const content: Record<string, SheetState> = {};
  for (const sheet of sheets) {
    const g = await host.readGrid(sheet);
    const cells: Record<string, CellState> = {};
    g.values.forEach((row, i) =>
      row.forEach((value, j) => {
        const formula = g.formulas[i]?.[j] ?? null;
        const c: CellState = {
          value: formula !== null && !formulaValues ? null : value,
          formula,
          numberFormat: g.numberFormats[i]?.[j] ?? "General",
        };
        if (!isBlank(c)) cells[toA1(g.top + i, g.left + j)] = c;
      })
    );
    content[sheet] = { cells, merges: g.merges.map(rangeKey).sort() };
  }
  return { sheets: [...sheets], content };
}
