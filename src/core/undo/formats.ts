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
  /** Each edge's line: its style ("None" when there is none), colour and weight where read. */
  readonly borders?: Readonly<Partial<Record<BorderEdge, BorderLine>>>;
};

/** One edge's line; colour and weight mean nothing while the style is "None". */
export type BorderLine = {
  readonly style: string;
  readonly color?: string;
  readonly weight?: string;
};

const NO_LINE: BorderLine = { style: "None" };

export type BorderEdge = "top" | "bottom" | "left" | "right";
export const BORDER_EDGES: readonly BorderEdge[] = ["top", "bottom", "left", "right"];

const same = (a: unknown, b: unknown): boolean =>
  typeof a === "string" && typeof b === "string"
    ? a.toLowerCase() === b.toLowerCase()
    : a === b || (a == null && b == null);

/** Whether a line shows `want`: its style, and while it is a line, the colour and weight `want` names. */
function sameLine(now: BorderLine, want: BorderLine): boolean {
  if (!same(now.style, want.style)) return false;
  if (same(want.style, "None")) return true;
  return (
    (want.color === undefined || same(now.color, want.color)) &&
    (want.weight === undefined || same(now.weight, want.weight))
  );
}

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
      for (const edge of BORDER_EDGES) {
        const line = edges[edge];
        if (line !== undefined && !sameLine(now.borders?.[edge] ?? NO_LINE, line)) return false;
      }
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
      const edges: Partial<Record<BorderEdge, BorderLine>> = {};
      for (const edge of BORDER_EDGES)
        if (keys.borders?.[edge] !== undefined) edges[edge] = format.borders?.[edge] ?? NO_LINE;
      out.borders = edges;
    } else out[key] = format[key] ?? null;
  }
  return out as CellFormat;
}
