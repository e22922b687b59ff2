import type * as ExcelJS from "exceljs";
import type { CellStyle } from "../core";

/** "#1f4e79" → "FF1F4E79" (ExcelJS ARGB). */
export function toArgb(hex: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  return m ? `FF${(m[1] as string).toUpperCase()}` : "FF000000";
}

export function solidFill(hex: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: toArgb(hex) } };
}

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };

/**
 * A new style object for a cell: a deep copy of its current style with the plan's changes laid over.
 * Always a copy: ExcelJS may share one style object between cells read from the same style index.
 */
export function buildStyle(
  current: Partial<ExcelJS.Style>,
  numberFormat?: string,
  s?: CellStyle
): Partial<ExcelJS.Style> {
  const next = structuredClone(current) as Partial<ExcelJS.Style>;
  if (numberFormat !== undefined) next.numFmt = numberFormat;
  if (!s) return next;
  if (
    s.bold !== undefined ||
    s.italic !== undefined ||
    s.fontColor !== undefined ||
    s.fontName !== undefined ||
    s.fontSize !== undefined
  ) {
    const font: Partial<ExcelJS.Font> = { ...(next.font ?? {}) };
    if (s.fontName !== undefined) font.name = s.fontName;
    if (s.fontSize !== undefined) font.size = s.fontSize;
    if (s.bold !== undefined) font.bold = s.bold;
    if (s.italic !== undefined) font.italic = s.italic;
    if (s.fontColor !== undefined) font.color = { argb: toArgb(s.fontColor) };
    next.font = font;
  }
  if (s.fill !== undefined) next.fill = solidFill(s.fill);
  if (s.horizontal !== undefined || s.wrap !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...(next.alignment ?? {}) };
    if (s.horizontal !== undefined) alignment.horizontal = s.horizontal;
    if (s.wrap !== undefined) alignment.wrapText = s.wrap;
    next.alignment = alignment;
  }
  if (s.border) next.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return next;
}
