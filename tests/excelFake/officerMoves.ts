/**
 * What officers do between two clicks that moves cells (docs/excel-behaviours.md, from EXCEL-NOTES "What officers
 * do between two clicks"): inserting and deleting rows or columns shifts every cell below or right of them, with
 * their merges, Excel Tables (a table grows when rows are inserted inside it), conditional formats, defined names
 * ("Defined names move with the cells they refer to") and the references of formulas on the sheet. Sorting moves
 * the rows' cells (a formula's relative references move with it, as when copied); names do not follow a sort.
 */
import { fromA1, rangeFromA1, rangeToA1, shiftFormula, toA1 } from "../../src/core";
import type { RangeRef } from "../../src/core";
import { setEdge, setEdgePart, setHorizontal } from "./fakeFormats";
import {
  cellKey,
  ensureCell,
  keyToCell,
  newCell,
  parseRangeAddress,
  type FakeCell,
  type FakeSheet,
  type FakeState,
} from "./fakeState";

type Axis = "row" | "col";

/** Where a line (row or column) goes: inserted lines push the ones at or after `at`; deleted ones vanish (null). */
type LineMap = (line: number) => number | null;

function insertMap(at: number, count: number): LineMap {
  return (n) => (n >= at ? n + count : n);
}

function deleteMap(at: number, count: number): LineMap {
  return (n) => (n < at ? n : n < at + count ? null : n - count);
}

/** A range after the lines moved: its ends follow, deleted ends shrink it; null when all of it was deleted. */
function moveRange(r: RangeRef, axis: Axis, map: LineMap, inserting: boolean): RangeRef | null {
  const [a, b] = axis === "row" ? [r.top, r.bottom] : [r.left, r.right];
  let first: number | null = null;
  let last: number | null = null;
  for (let n = a; n <= b; n++) {
    const m = map(n);
    if (m === null) continue;
    first ??= m;
    last = m;
  }
  if (first === null || last === null) return null;
  // Inserting inside a range grows it (its first line keeps its place when the insert is below it).
  if (inserting && map(a) === a) first = a;
  return axis === "row" ? { ...r, top: first, bottom: last } : { ...r, left: first, right: last };
}

/** A formula's references on the same sheet after lines moved (qualified references to other sheets stay). */
function moveReferences(f: string, axis: Axis, map: LineMap): string {
  return f
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(^|[^A-Za-z0-9_.!'])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g,
            (_m, pre: string, dc: string, col: string, dr: string, row: string) => {
              const { row: r, col: c } = fromA1(`${col}${row}`);
              const moved = axis === "row" ? map(r) : map(c);
              if (moved === null) return `${pre}#REF!`;
              const a1 = axis === "row" ? toA1(moved, c) : toA1(r, moved);
              const [, letters = "", digits = ""] = /^([A-Z]+)(\d+)$/.exec(a1) ?? [];
              return `${pre}${dc}${letters}${dr}${digits}`;
            }
          )
    )
    .join('"');
}

function moveLines(
  state: FakeState,
  sheet: FakeSheet,
  axis: Axis,
  map: LineMap,
  inserting: boolean
): void {
  const cells = new Map<number, FakeCell>();
  for (const [key, cell] of sheet.cells) {
    const [r, c] = keyToCell(key);
    const m = axis === "row" ? map(r) : map(c);
    if (m === null) continue;
    if (cell.formula !== null) cell.formula = moveReferences(cell.formula, axis, map);
    cells.set(axis === "row" ? cellKey(m, c) : cellKey(r, m), cell);
  }
  sheet.cells = cells;
  const keep = <T>(xs: T[], ref: (x: T) => RangeRef, set: (x: T, r: RangeRef) => T): T[] =>
    xs.flatMap((x) => {
      const r = moveRange(ref(x), axis, map, inserting);
      return r ? [set(x, r)] : [];
    });
  sheet.merges = keep(
    sheet.merges,
    (m) => m,
    (_, r) => r
  ).filter((m) => m.bottom > m.top || m.right > m.left);
  sheet.tables = keep(
    sheet.tables,
    (t) => t.ref,
    (t, ref) => ({ ...t, ref })
  );
  sheet.conditionalFormats = keep(
    sheet.conditionalFormats,
    (c) => c.ref,
    (c, ref) => ({ ...c, ref })
  );
  sheet.validations = keep(
    sheet.validations,
    (v) => parseRangeAddress(v.address),
    (v, r) => ({ ...v, address: rangeToA1(r) })
  );
  for (const n of state.names) {
    if (n.sheet !== sheet) continue;
    const r = moveRange(parseRangeAddress(n.cell), axis, map, false);
    if (r) n.cell = rangeToA1(r);
    else n.sheet = null;
  }
}

/** The officer's row and column edits on the fake's state (no sync: Excel's UI, not the add-in). */
export class OfficerMoves {
  constructor(private readonly state: FakeState) {}

  private sheet(name: string): FakeSheet {
    const s = this.state.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  /**
   * The officer resizes an Excel Table (drags its handle, or types just below it and Excel takes the row in:
   * AutoCorrect "Include new rows and columns in table"; office-js #3013, #3191): its range becomes `address`.
   */
  resizeTable(sheet: string, name: string, address: string): void {
    const table = this.sheet(sheet).tables.find((t) => t.name === name);
    if (!table) throw new Error(`fake: no table ${name}`);
    table.ref = rangeFromA1(address);
  }

  /**
   * The officer turns a table's header row off or on (Table Design › Header Row; `Table.showHeaders`, ExcelApi 1.1:
   * "can be set to show or remove the header row"). Off: the header row leaves the table and its cells are left
   * blank — the table's range starts at its first data row. On: the header row comes back in the row above, which
   * must be blank (the fake refuses otherwise).
   */
  setTableHeaders(sheet: string, name: string, show: boolean): void {
    const s = this.sheet(sheet);
    const table = s.tables.find((t) => t.name === name);
    if (!table) throw new Error(`fake: no table ${name}`);
    if (table.showHeaders === show) return;
    const row = show ? table.ref.top - 1 : table.ref.top;
    const cells = Array.from({ length: table.ref.right - table.ref.left + 1 }, (_, i) =>
      s.cells.get(cellKey(row, table.ref.left + i))
    );
    if (show) {
      if (row < 1 || cells.some((c) => c && (c.value !== "" || c.formula !== null)))
        throw new Error(`fake: no blank row above table ${name}`);
      (table.headers ?? []).forEach((text, i) => {
        const key = cellKey(row, table.ref.left + i);
        const cell = s.cells.get(key) ?? newCell();
        cell.value = text;
        s.cells.set(key, cell);
      });
      table.ref = { ...table.ref, top: row };
    } else {
      table.headers = cells.map((c) => c?.value ?? "");
      for (const c of cells) {
        if (!c) continue;
        c.value = "";
        c.formula = null;
        c.error = false;
      }
      table.ref = { ...table.ref, top: row + 1 };
    }
    table.showHeaders = show;
  }

  /**
   * The officer formats one cell from the Home tab (bold, wrap, alignment, a border line on one edge, fill):
   * only what is given changes, as when a button is pressed. Edges are the cell's own ("EdgeBottom"…); a line's
   * colour and weight (Format Cells › Border) are set after its style.
   */
  formatCell(
    sheet: string,
    address: string,
    format: {
      bold?: boolean;
      italic?: boolean;
      wrap?: boolean;
      horizontal?: string;
      fill?: string | null;
      borders?: Record<string, string>;
      borderColors?: Record<string, string>;
      borderWeights?: Record<string, string>;
    }
  ): void {
    const { row, col } = fromA1(address);
    const cell = ensureCell(this.sheet(sheet), row, col);
    if (format.bold !== undefined) cell.bold = format.bold;
    if (format.italic !== undefined) cell.italic = format.italic;
    if (format.wrap !== undefined) cell.wrap = format.wrap;
    if (format.horizontal !== undefined) setHorizontal(cell, format.horizontal);
    if (format.fill !== undefined) cell.fill = format.fill?.toUpperCase() ?? null;
    for (const [edge, style] of Object.entries(format.borders ?? {})) setEdge(cell, edge, style);
    for (const [edge, color] of Object.entries(format.borderColors ?? {}))
      setEdgePart(cell, edge, "color", color);
    for (const [edge, weight] of Object.entries(format.borderWeights ?? {}))
      setEdgePart(cell, edge, "weight", weight);
  }

  /** The officer merges cells (Home › Merge): only the top-left value stays. */
  mergeCells(sheet: string, address: string): void {
    const s = this.sheet(sheet);
    const ref = rangeFromA1(address);
    s.merges = s.merges.filter(
      (m) => m.bottom < ref.top || m.top > ref.bottom || m.right < ref.left || m.left > ref.right
    );
    for (const [key, cell] of s.cells) {
      const [r, c] = keyToCell(key);
      const inside = r >= ref.top && r <= ref.bottom && c >= ref.left && c <= ref.right;
      if (inside && (r !== ref.top || c !== ref.left)) {
        cell.value = "";
        cell.formula = null;
      }
    }
    s.merges.push(ref);
  }

  insertRows(sheet: string, at: number, count = 1): void {
    moveLines(this.state, this.sheet(sheet), "row", insertMap(at, count), true);
  }

  deleteRows(sheet: string, at: number, count = 1): void {
    moveLines(this.state, this.sheet(sheet), "row", deleteMap(at, count), false);
  }

  insertColumns(sheet: string, at: number, count = 1): void {
    moveLines(this.state, this.sheet(sheet), "col", insertMap(at, count), true);
  }

  deleteColumns(sheet: string, at: number, count = 1): void {
    moveLines(this.state, this.sheet(sheet), "col", deleteMap(at, count), false);
  }

  /**
   * Data › Sort on rows `top`…`bottom` by the values in column `by` (numbers before text, like Excel's ascending
   * order; `descending` reverses it). Whole rows move; a moved formula's relative references move with it.
   */
  sortRows(sheet: string, top: number, bottom: number, by: number, descending = false): void {
    const s = this.sheet(sheet);
    const rows = Array.from({ length: bottom - top + 1 }, (_, i) => top + i);
    const keyOf = (r: number): number | string => {
      const v = s.cells.get(cellKey(r, by))?.value ?? "";
      return v === "" ? "\uffff" : typeof v === "number" ? v : String(v);
    };
    const order = [...rows].sort((a, b) => {
      const x = keyOf(a);
      const y = keyOf(b);
      const cmp =
        typeof x === "number" && typeof y === "number"
          ? x - y
          : typeof x === "number"
            ? -1
            : typeof y === "number"
              ? 1
              : String(x).localeCompare(String(y), "vi");
      return (descending ? -cmp : cmp) || a - b;
    });
    const target = new Map(order.map((from, i) => [from, top + i]));
    const cells = new Map<number, FakeCell>();
    for (const [key, cell] of s.cells) {
      const [r, c] = keyToCell(key);
      const to = target.get(r) ?? r;
      if (to !== r && cell.formula !== null)
        cell.formula = shiftFormula(cell.formula, { rows: to - r, cols: 0 });
      cells.set(cellKey(to, c), cell);
    }
    s.cells = cells;
  }
}
