import type { RangeRef } from "../core";
import type { XlBorder, XlCellProperties, XlCellPropertiesOptions, XlRange } from "./excelApi";
import type { ExcelSession } from "./session";

/**
 * The formats undo compares, read per cell. With ExcelApi 1.9 one `getCellProperties` per rectangle; below it (the
 * manifest asks 1.7) the same parts from 1.1 properties, one cell at a time: `range.getCell(i, j).load("format/…")`
 * and each edge's `borders.getItem(…).load("style, color, weight")`, queued in the same sync — only for the cells
 * `wanted` names (a write's styled cells are few: a header, a total row). Either way the caller reads `.value`
 * after the sync, a matrix over the rectangle (`{}` where nothing was read).
 */
export type CellPropertiesRead = { readonly value: XlCellProperties[][] };

/** Response (and request) bytes per cell read one at a time below 1.9, generously: its loads are many small ones. */
export const LEGACY_BYTES_PER_CELL = 2_000;

const LINE_PARTS = ["style", "color", "weight"] as const;
type LinePart = (typeof LINE_PARTS)[number];

const EDGES = [
  ["top", "EdgeTop"],
  ["bottom", "EdgeBottom"],
  ["left", "EdgeLeft"],
  ["right", "EdgeRight"],
] as const;

export function queueCellProperties(
  session: ExcelSession,
  range: XlRange,
  ref: RangeRef,
  options: XlCellPropertiesOptions,
  wanted: (row: number, col: number) => boolean
): CellPropertiesRead {
  if (session.supports("ExcelApi", "1.9")) return range.getCellProperties(options);
  const o = options.format ?? {};
  const paths = [
    ...(o.font?.name ? ["format/font/name"] : []),
    ...(o.font?.size ? ["format/font/size"] : []),
    ...(o.font?.bold ? ["format/font/bold"] : []),
    ...(o.font?.italic ? ["format/font/italic"] : []),
    ...(o.font?.color ? ["format/font/color"] : []),
    ...(o.fill?.color ? ["format/fill/color"] : []),
    ...(o.horizontalAlignment ? ["format/horizontalAlignment"] : []),
    ...(o.wrapText ? ["format/wrapText"] : []),
  ];
  const lineParts = LINE_PARTS.filter((p) => o.borders?.[p]);
  const cells = Array.from({ length: ref.bottom - ref.top + 1 }, (_, i) =>
    Array.from({ length: ref.right - ref.left + 1 }, (_, j) => {
      if (!wanted(ref.top + i, ref.left + j)) return null;
      const cell = range.getCell(i, j);
      // eslint-disable-next-line office-addins/no-empty-load -- never empty: only the parts compared
      if (paths.length > 0) cell.load(paths.join(", "));
      const lines =
        lineParts.length === 0
          ? []
          : EDGES.map(([key, index]) => {
              const line = cell.format.borders.getItem(index);
              // eslint-disable-next-line office-addins/no-empty-load -- never empty: lineParts has one or more
              line.load(lineParts.join(", "));
              return [key, line] as const;
            });
      return { cell, lines };
    })
  );
  return {
    get value() {
      return cells.map((row) =>
        row.map((c) => (c ? propertiesOf(c.cell, c.lines, paths, lineParts) : {}))
      );
    },
  };
}

/** One cell's loaded formats in `getCellProperties` shape. No fill reads as white without `pattern` (1.9): white is taken for none. */
function propertiesOf(
  cell: XlRange,
  lines: readonly (readonly [string, XlBorder])[],
  paths: readonly string[],
  lineParts: readonly LinePart[]
): XlCellProperties {
  const f = cell.format;
  const has = (p: string) => paths.includes(p);
  const fill = has("format/fill/color") ? f.fill.color : undefined;
  const font = {
    ...(has("format/font/name") ? { name: f.font.name } : {}),
    ...(has("format/font/size") ? { size: f.font.size } : {}),
    ...(has("format/font/bold") ? { bold: f.font.bold } : {}),
    ...(has("format/font/italic") ? { italic: f.font.italic } : {}),
    ...(has("format/font/color") ? { color: f.font.color } : {}),
  };
  const borders: Record<string, Partial<Record<LinePart, string>>> = {};
  for (const [key, line] of lines)
    borders[key] = Object.fromEntries(lineParts.map((p) => [p, line[p]]));
  return {
    format: {
      ...(fill !== undefined
        ? { fill: { color: fill, pattern: fill.toUpperCase() === "#FFFFFF" ? "None" : "Solid" } }
        : {}),
      ...(Object.keys(font).length > 0 ? { font } : {}),
      ...(has("format/horizontalAlignment") ? { horizontalAlignment: f.horizontalAlignment } : {}),
      ...(has("format/wrapText") ? { wrapText: f.wrapText } : {}),
      ...(lines.length > 0 ? { borders } : {}),
    },
  };
}
