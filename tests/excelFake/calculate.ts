import FormulaParser from "fast-formula-parser";
import {
  findSheet,
  getCell,
  keyToCell,
  type FakeCell,
  type FakeSheet,
  type FakeState,
} from "./fakeState";

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

/**
 * Excel's recalculation for the fake: every formula cell of every sheet is evaluated with fast-formula-parser
 * (MIT) over the current cell values, dependencies first (a cycle reads 0, like Excel's circular warning).
 */
export function recalculate(state: FakeState): void {
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
      r = toResult(parser.current?.parse(cell.formula.slice(1), { sheet: sheet.name, row, col }));
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
  });
  for (const sheet of state.sheets) {
    for (const [key, cell] of sheet.cells) {
      if (cell.formula === null) continue;
      const [row, col] = keyToCell(key);
      evaluate(sheet, cell, row, col);
    }
  }
}
