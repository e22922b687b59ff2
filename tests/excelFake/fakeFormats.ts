import type { RangeRef } from "../../src/core";
import type { XlCellProperties, XlCellPropertiesOptions } from "../../src/excel/excelApi";
import type { FakeCell } from "./fakeState";

/**
 * Cell formats as Excel keeps them (docs/excel-behaviours.md, "Formats"): borders belong to a cell's own edges —
 * `range.format.borders.getItem("EdgeTop")` sets the top edge of the range's top row only, "InsideHorizontal" the
 * edges between its rows (Excel.BorderIndex) — and "None" removes the line. `getCellProperties` (ExcelApi 1.9)
 * reports each cell's edges as `top`/`bottom`/`left`/`right` (Excel.CellBorderCollection), Excel's defaults where
 * nothing was set: no fill, Calibri 11, black, "General" alignment, no wrap, no borders.
 */

/** The cell edges ("EdgeTop"…, or a diagonal) that setting `index` on `ref` changes in the cell at (r, c). */
export function cellEdges(index: string, ref: RangeRef, r: number, c: number): string[] {
  switch (index) {
    case "EdgeTop":
      return r === ref.top ? ["EdgeTop"] : [];
    case "EdgeBottom":
      return r === ref.bottom ? ["EdgeBottom"] : [];
    case "EdgeLeft":
      return c === ref.left ? ["EdgeLeft"] : [];
    case "EdgeRight":
      return c === ref.right ? ["EdgeRight"] : [];
    case "InsideVertical":
      return [...(c > ref.left ? ["EdgeLeft"] : []), ...(c < ref.right ? ["EdgeRight"] : [])];
    case "InsideHorizontal":
      return [...(r > ref.top ? ["EdgeTop"] : []), ...(r < ref.bottom ? ["EdgeBottom"] : [])];
    case "DiagonalDown":
    case "DiagonalUp":
      return [index];
    default:
      throw new Error(`fake: unknown border index ${index}`);
  }
}

/**
 * Set one edge's line style ("None" removes it). Stricter than documented: the line's colour and weight go back to
 * automatic (black) and "Thin", as if drawn anew (docs/excel-behaviours.md, "Formats": unconfirmed).
 */
export function setEdge(cell: FakeCell, edge: string, style: string): void {
  if (style === "None") delete cell.borders[edge];
  else cell.borders[edge] = style;
  delete cell.borderColors[edge];
  delete cell.borderWeights[edge];
}

/** A line's colour or weight; on an edge without a line it draws a continuous one (VBA-Docs #814: interlocked). */
export function setEdgePart(
  cell: FakeCell,
  edge: string,
  part: "color" | "weight",
  value: string
): void {
  if (cell.borders[edge] === undefined) cell.borders[edge] = "Continuous";
  const map = part === "color" ? cell.borderColors : cell.borderWeights;
  const v = part === "color" ? value.toUpperCase() : value;
  if (v === (part === "color" ? "#000000" : "Thin")) delete map[edge];
  else map[edge] = v;
}

/** `horizontalAlignment`: "General" is Excel's default (the fake keeps it as no alignment). */
export function setHorizontal(cell: FakeCell, value: string): void {
  cell.horizontal = value === "General" ? null : value;
}

/** One cell's properties as `getCellProperties(options)` returns them: only the parts asked for. */
export function cellProperties(
  cell: FakeCell | undefined,
  options: XlCellPropertiesOptions
): XlCellProperties {
  const o = options.format;
  const fill = cell?.fill ?? null;
  const font = o?.font;
  const b = o?.borders;
  // Excel reads an edge without a line as black and thin too (office-js #2349).
  const edge = (key: string) => ({
    ...(b?.style ? { style: cell?.borders[key] ?? "None" } : {}),
    ...(b?.color ? { color: cell?.borderColors[key] ?? "#000000" } : {}),
    ...(b?.weight ? { weight: cell?.borderWeights[key] ?? "Thin" } : {}),
  });
  return {
    format: {
      fill: {
        ...(o?.fill?.color ? { color: fill ?? "#FFFFFF" } : {}),
        ...(o?.fill?.pattern ? { pattern: fill === null ? "None" : "Solid" } : {}),
      },
      ...(font
        ? {
            font: {
              // Excel reports the workbook's default font where none was set.
              ...(font.name ? { name: cell?.fontName ?? "Calibri" } : {}),
              ...(font.size ? { size: cell?.fontSize ?? 11 } : {}),
              ...(font.bold ? { bold: cell?.bold ?? false } : {}),
              ...(font.italic ? { italic: cell?.italic ?? false } : {}),
              ...(font.color ? { color: cell?.fontColor ?? "#000000" } : {}),
            },
          }
        : {}),
      ...(o?.horizontalAlignment ? { horizontalAlignment: cell?.horizontal ?? "General" } : {}),
      ...(o?.wrapText ? { wrapText: cell?.wrap ?? false } : {}),
      ...(b?.style || b?.color || b?.weight
        ? {
            borders: {
              top: edge("EdgeTop"),
              bottom: edge("EdgeBottom"),
              left: edge("EdgeLeft"),
              right: edge("EdgeRight"),
            },
          }
        : {}),
    },
  };
}
