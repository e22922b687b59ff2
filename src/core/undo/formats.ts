/**
 * The cell formats a write may change besides the number format (bold, wrap, borders…), as the host reads and
 * sets them. The words are the host's ("Center", "Continuous" in Excel): undo only compares what a host read
 * with what the same host wrote, so core needs no vocabulary of its own.
 */
export type CellFormat = {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontColor?: string;
  readonly fontName?: string;
  readonly fontSize?: number;
  /** The fill colour; null: no fill. */
  readonly fill?: string | null;
  readonly horizontal?: string;
  readonly wrap?: boolean;
  /** Each edge's line style ("None" when there is none). */
  readonly borders?: Readonly<Partial<Record<BorderEdge, string>>>;
};

export type BorderEdge = "top" | "bottom" | "left" | "right";
export const BORDER_EDGES: readonly BorderEdge[] = ["top", "bottom", "left", "right"];

const same = (a: unknown, b: unknown): boolean =>
  typeof a === "string" && typeof b === "string"
    ? a.toLowerCase() === b.toLowerCase()
    : a === b || (a == null && b == null);

/**
 * Whether a cell shows every format part in `expected` (what the add-in set, or what was there before): parts
 * `expected` leaves out are not looked at. Colours and words compare without case ("#f2f2f2" is "#F2F2F2").
 * @example holdsFormat({ bold: true, wrap: false }, { bold: true }) === true
 */
export function holdsFormat(now: CellFormat, expected: CellFormat): boolean {
  for (const [key, want] of Object.entries(expected) as [keyof CellFormat, unknown][]) {
    if (want === undefined) continue;
    if (key === "borders") {
      const edges = want as CellFormat["borders"] & object;
      for (const edge of BORDER_EDGES)
        if (edges[edge] !== undefined && !same(now.borders?.[edge] ?? "None", edges[edge]))
          return false;
      continue;
    }
    if (!same(now[key], want)) return false;
  }
  return true;
}

/** The parts of `format` that `keys` names (what undo reads back and puts back for one cell). */
export function pickFormat(format: CellFormat, keys: CellFormat): CellFormat {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(keys) as (keyof CellFormat)[]) {
    if (keys[key] === undefined) continue;
    if (key === "borders") {
      const edges: Partial<Record<BorderEdge, string>> = {};
      for (const edge of BORDER_EDGES)
        if (keys.borders?.[edge] !== undefined) edges[edge] = format.borders?.[edge] ?? "None";
      out.borders = edges;
    } else out[key] = format[key] ?? null;
  }
  return out as CellFormat;
}
