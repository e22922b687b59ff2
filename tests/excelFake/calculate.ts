import FormulaParser from "fast-formula-parser";
import {
  findSheet,
  getCell,
  keyToCell,
  type FakeCell,
  type FakeSheet,
  type FakeState,
} from "./fakeState";
import { clearSpills, spill } from "./spills";

type Result = { value: string | number | boolean; error: boolean };

/** An error or value fast-formula-parser returned (or threw) as a cell result. */
function toResult(v: unknown): Result {
  if (v !== null && typeof v === "object" && "error" in v) {
    return { value: String((v as { error: unknown }).error), error: true };
  }
  if (Array.isArray(v)) return toResult((v[0] as unknown[] | undefined)?.[0] ?? 0);
  if (typeof v === "number")
    return Number.isFinite(v) ? { value: v, error: false } : { value: "#NUM!", error: true };
  if (typeof v === "string" || typeof v === "boolean") return { value: v, error: false };
  return { value: 0, error: false };
}

/** An array result of more than one value (a dynamic array that spills), as rows of cell results. */
function toArray(v: unknown): Result[][] | null {
  if (!Array.isArray(v)) return null;
  const rows = v.map((line) => (Array.isArray(line) ? line : [line]).map(toResult));
  const cells = rows.reduce((n, line) => n + line.length, 0);
  return cells > 1 ? rows : null;
}

/** `SEQUENCE(rows, [columns], [start], [step])` (Excel 365's dynamic-array function; the parser has none). */
function sequence(...args: { value: unknown }[]): number[][] {
  const [rows = 1, cols = 1, start = 1, step = 1] = args.map((a) => Number(a?.value ?? NaN));
  const n = (x: number, fallback: number) => (Number.isFinite(x) ? x : fallback);
  return Array.from({ length: n(rows, 1) }, (_, i) =>
    Array.from({ length: n(cols, 1) }, (_, j) => n(start, 1) + (i * n(cols, 1) + j) * n(step, 1))
  );
}

/**
 * Excel's recalculation for the fake: every formula cell of every sheet is evaluated with fast-formula-parser
 * (MIT) over the current cell values, dependencies first (a cycle reads 0, like Excel's circular warning). A formula
 * whose result is an array spills (`spills.ts`); when anything spilled, a second pass lets formulas that read
 * spilled cells see their values.
 */
export function recalculate(state: FakeState): void {
  for (const sheet of state.sheets) clearSpills(sheet);
  let spilled = false;
  const done = new Set<FakeCell>();
  const busy = new Set<FakeCell>();
  const parser: { current: FormulaParser | null } = { current: null };
  const valueOf = (sheet: FakeSheet | undefined, row: number, col: number): unknown => {
    if (!sheet) return null;
    const cell = getCell(sheet, row, col);
    if (!cell) return null;
    if (cell.formula !== null) evaluate(sheet, cell, row, col);
    if (cell.error) return { error: cell.value };
    return cell.value === "" ? null : cell.value;
  };
  const evaluate = (sheet: FakeSheet, cell: FakeCell, row: number, col: number): void => {
    if (done.has(cell) || cell.formula === null) return;
    if (busy.has(cell)) return;
    busy.add(cell);
    let r: Result;
    try {
      const raw = parser.current?.parse(
        cell.formula.slice(1),
        { sheet: sheet.name, row, col },
        true
      );
      const array = toArray(raw);
      if (array) spilled = true;
      r = array ? spill(sheet, cell, row, col, array) : toResult(raw);
    } catch (e) {
      r =
        e !== null && typeof e === "object" && "error" in e
          ? toResult(e)
          : { value: "#NAME?", error: true };
    }
    cell.value = r.value;
    cell.error = r.error;
    busy.delete(cell);
    done.add(cell);
  };
  parser.current = new FormulaParser({
    onCell: ({ sheet, row, col }) => valueOf(findSheet(state, sheet), row, col),
    onRange: ({ sheet, from, to }) => {
      const s = findSheet(state, sheet);
      const out: unknown[][] = [];
      const bottom = Math.min(to.row, from.row + 100_000);
      const right = Math.min(to.col, from.col + 200);
      for (let r = from.row; r <= bottom; r++) {
        const line: unknown[] = [];
        for (let c = from.col; c <= right; c++) line.push(valueOf(s, r, c));
        out.push(line);
      }
      return out;
    },
    functions: { SEQUENCE: sequence },
  });
  const pass = (): void => {
    for (const sheet of state.sheets) {
      for (const [key, cell] of sheet.cells) {
        if (cell.formula === null) continue;
        const [row, col] = keyToCell(key);
        evaluate(sheet, cell, row, col);
      }
    }
  };
  pass();
  if (!spilled) return;
  done.clear();
  pass();
}
