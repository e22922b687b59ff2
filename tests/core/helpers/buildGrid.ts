/** Test-only: build a Grid from a 2-D literal, the way HyperFormula's buildFromArray reads (A1 addresses in options). */
import { fromA1, rangeFromA1 } from "../../../src/core";
import type { Grid } from "../../../src/core";
import type { RawValue } from "../../../src/core";

export type GridOptions = {
  readonly sheet?: string;
  /** Address of values[0][0] (default "A1"). */
  readonly at?: string;
  readonly merges?: readonly string[];
  readonly formats?: Readonly<Record<string, string>>;
  readonly formulas?: Readonly<Record<string, string>>;
};

export function buildGrid(rows: readonly (readonly RawValue[])[], options: GridOptions = {}): Grid {
  const origin = fromA1(options.at ?? "A1");
  const width = Math.max(0, ...rows.map((r) => r.length));
  const values = rows.map((r) =>
    Array.from({ length: width }, (_, j) => (r[j] === undefined ? null : (r[j] as RawValue)))
  );
  const formulas = values.map((r) => r.map((): string | null => null));
  const numberFormats = values.map((r) => r.map(() => "General"));
  const put = <T>(target: T[][], a1: string, v: T): void => {
    const { row, col } = fromA1(a1);
    const line = target[row - origin.row];
    if (line) line[col - origin.col] = v;
  };
  for (const [a1, f] of Object.entries(options.formats ?? {})) put(numberFormats, a1, f);
  for (const [a1, f] of Object.entries(options.formulas ?? {})) put(formulas, a1, f);
  return {
    sheet: options.sheet ?? "Sheet1",
    top: origin.row,
    left: origin.col,
    values,
    formulas,
    numberFormats,
    merges: (options.merges ?? []).map(rangeFromA1),
  };
}

/** Number formats for a whole A1 range, e.g. formatRange("F8:F13", "0.00%"). */
export function formatRange(range: string, format: string): Record<string, string> {
  const r = rangeFromA1(range);
  const out: Record<string, string> = {};
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++)
      out[`${String.fromCharCode(64 + col)}${row}`] = format;
  return out;
}
