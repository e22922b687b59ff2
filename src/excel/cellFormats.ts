import { BORDER_EDGES } from "../core";
import type { BorderEdge, BorderLine, CellFormat, CellStyle } from "../core";
import type { XlCellProperties, XlCellPropertiesOptions, XlRange } from "./excelApi";

/**
 * The formats a plan's style changes in a cell, in Office.js words, and how undo reads them back
 * (`getCellProperties`, ExcelApi 1.9) and puts them back (`range.format`, one cell at a time).
 */

export const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;

/** `range.format.borders.getItem` index of each edge of a single cell. */
const EDGE_INDEX: Record<BorderEdge, string> = {
  top: "EdgeTop",
  bottom: "EdgeBottom",
  left: "EdgeLeft",
  right: "EdgeRight",
};

/**
 * The line a style's border draws, every part set: Excel does not document what setting only `style` does to an
 * edge's colour and weight (docs/excel-behaviours.md, "Formats"), so the write sets all three and undo knows what
 * the plan left there whatever Excel does.
 */
export const WRITTEN_LINE: BorderLine = { style: "Continuous", color: "#000000", weight: "Thin" };

/** Queue one edge's line: style first, then weight and colour (each may reset the others in Excel). */
export function queueLine(
  borders: { getItem(index: string): { style: string; color: string; weight: string } },
  index: string,
  line: BorderLine
): void {
  const item = borders.getItem(index);
  item.style = line.style;
  if (line.style === "None") return;
  if (line.weight !== undefined) item.weight = line.weight;
  if (line.color !== undefined) item.color = line.color;
}

/** What a style sets in each cell it is written to (a border: a thin black line on every edge of the cell). */
export function formatOfStyle(style: CellStyle): CellFormat {
  return {
    ...(style.bold !== undefined ? { bold: style.bold } : {}),
    ...(style.italic !== undefined ? { italic: style.italic } : {}),
    ...(style.fontColor !== undefined ? { fontColor: style.fontColor } : {}),
    ...(style.fontName !== undefined ? { fontName: style.fontName } : {}),
    ...(style.fontSize !== undefined ? { fontSize: style.fontSize } : {}),
    ...(style.fill !== undefined ? { fill: style.fill } : {}),
    ...(style.horizontal !== undefined ? { horizontal: HORIZONTAL[style.horizontal] } : {}),
    ...(style.wrap !== undefined ? { wrap: style.wrap } : {}),
    ...(style.border
      ? {
          borders: {
            top: WRITTEN_LINE,
            bottom: WRITTEN_LINE,
            left: WRITTEN_LINE,
            right: WRITTEN_LINE,
          },
        }
      : {}),
  };
}

export function isEmptyFormat(format: CellFormat): boolean {
  return Object.values(format).every((v) => v === undefined);
}

/** `getCellProperties` options for the parts of `keys` (only what undo needs: responses stay small). */
export function cellPropertiesOptions(keys: CellFormat): XlCellPropertiesOptions {
  const font = {
    ...(keys.fontName !== undefined ? { name: true } : {}),
    ...(keys.fontSize !== undefined ? { size: true } : {}),
    ...(keys.bold !== undefined ? { bold: true } : {}),
    ...(keys.italic !== undefined ? { italic: true } : {}),
    ...(keys.fontColor !== undefined ? { color: true } : {}),
  };
  return {
    format: {
      ...(keys.fill !== undefined ? { fill: { color: true, pattern: true } } : {}),
      ...(Object.keys(font).length > 0 ? { font } : {}),
      ...(keys.horizontal !== undefined ? { horizontalAlignment: true } : {}),
      ...(keys.wrap !== undefined ? { wrapText: true } : {}),
      ...(keys.borders !== undefined
        ? { borders: { style: true, color: true, weight: true } }
        : {}),
    },
  };
}

/** Every part of `a` and `b` (`b`'s words where both name a part): the keys a rectangle's reads must cover. */
export function unionFormat(a: CellFormat, b: CellFormat): CellFormat {
  return {
    ...a,
    ...b,
    ...(a.borders || b.borders ? { borders: { ...a.borders, ...b.borders } } : {}),
  };
}

/** A cell's formats as `getCellProperties` gave them (the parts asked for). */
export function formatOfCellProperties(p: XlCellProperties | undefined): CellFormat {
  const f = p?.format;
  if (!f) return {};
  const borders: Partial<Record<BorderEdge, BorderLine>> = {};
  for (const edge of BORDER_EDGES) {
    const b = f.borders?.[edge];
    if (b?.style === undefined) continue;
    borders[edge] = {
      style: b.style,
      ...(b.color !== undefined ? { color: b.color } : {}),
      ...(b.weight !== undefined ? { weight: b.weight } : {}),
    };
  }
  return {
    ...(f.fill?.color !== undefined || f.fill?.pattern !== undefined
      ? { fill: f.fill.pattern !== "None" ? (f.fill.color ?? null) : null }
      : {}),
    ...(f.font?.name !== undefined ? { fontName: f.font.name } : {}),
    ...(f.font?.size !== undefined ? { fontSize: f.font.size } : {}),
    ...(f.font?.bold !== undefined ? { bold: f.font.bold } : {}),
    ...(f.font?.italic !== undefined ? { italic: f.font.italic } : {}),
    ...(f.font?.color !== undefined ? { fontColor: f.font.color } : {}),
    ...(f.horizontalAlignment !== undefined ? { horizontal: f.horizontalAlignment } : {}),
    ...(f.wrapText !== undefined ? { wrap: f.wrapText } : {}),
    ...(Object.keys(borders).length > 0 ? { borders } : {}),
  };
}

/** Queue the formats of one cell (no fill: `fill.clear()`; an edge "None" removes its line, others get colour and weight). */
export function queueCellFormat(range: XlRange, format: CellFormat): void {
  const f = range.format;
  if (format.fill === null) f.fill.clear();
  else if (format.fill !== undefined) f.fill.color = format.fill;
  if (format.fontName != null) f.font.name = format.fontName;
  if (format.fontSize != null) f.font.size = format.fontSize;
  if (format.bold != null) f.font.bold = format.bold;
  if (format.italic != null) f.font.italic = format.italic;
  if (format.fontColor != null) f.font.color = format.fontColor;
  if (format.horizontal != null) f.horizontalAlignment = format.horizontal;
  if (format.wrap != null) f.wrapText = format.wrap;
  for (const edge of BORDER_EDGES) {
    const line = format.borders?.[edge];
    if (line !== undefined) queueLine(f.borders, EDGE_INDEX[edge], line);
  }
}
