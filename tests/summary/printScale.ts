/**
 * The scale a sheet prints at, computed from what a host wrote (paper, orientation, margins, fixed scale or fit to
 * one page wide, print area, title columns, column widths) — independently of src/core's arithmetic — and how many
 * pages across the columns take when Excel or LibreOffice breaks them itself.
 */
import type ExcelJS from "exceljs";

/** Working notes that must not print on the official appendix. */
export const NOTES =
  /Số liệu liên kết bằng công thức|chưa được đối chiếu với văn bản gốc|Chuẩn nghèo:/u;

/** Paper widths across, in inches, by OOXML paper size (9 A4, 8 A3) and orientation. */
const ACROSS: Record<string, { portrait: number; landscape: number }> = {
  A4: { portrait: 8.27, landscape: 11.69 },
  A3: { portrait: 11.69, landscape: 16.54 },
};
const OOXML_PAPER: Record<number, string> = { 9: "A4", 8: "A3" };

/** Excel's column width (characters of Calibri 11) as pixels at 100 %. */
const px = (width: number | undefined): number => Math.trunc((width ?? 8.43) * 7 + 5);

export type Written = {
  readonly paper: string;
  readonly orientation: "portrait" | "landscape";
  readonly marginsInches: { readonly left: number; readonly right: number };
  /** A fixed scale, or null when fitted to `pagesWide` pages wide. */
  readonly scale: number | null;
  readonly pagesWide: number;
  /** Printed columns' widths in characters, first printed column first. */
  readonly widths: readonly number[];
  /** How many of the printed columns repeat at the left of every page. */
  readonly titleCols: number;
};

/** The effective scale (percent) and pages across of a written page setup. */
export function scaleOf(w: Written): { scale: number; pagesAcross: number } {
  const across = ACROSS[w.paper]?.[w.orientation];
  if (across === undefined) throw new Error(`unknown paper ${w.paper}`);
  const room = (across - w.marginsInches.left - w.marginsInches.right) * 96;
  const all = w.widths.map(px);
  const titles = all.slice(0, w.titleCols).reduce((a, b) => a + b, 0);
  const needed = all.reduce((a, b) => a + b, 0) + (w.pagesWide - 1) * titles;
  const scale = w.scale ?? Math.min(100, Math.floor(((w.pagesWide * room) / needed) * 100));
  const page = (room * 100) / scale;
  let pagesAcross = 1;
  let used = titles;
  for (const c of all.slice(w.titleCols)) {
    if (used + c > page + 0.5 && used > titles) {
      pagesAcross++;
      used = titles;
    }
    used += c;
  }
  return { scale, pagesAcross };
}

/** The print area of an ExcelJS sheet (its used range when none is set). */
export function printAreaOf(ws: ExcelJS.Worksheet): {
  top: number;
  left: number;
  bottom: number;
  right: number;
} {
  const a = ws.pageSetup.printArea?.replace(/\$/g, "");
  if (!a) return { top: 1, left: 1, bottom: ws.rowCount, right: ws.columnCount };
  const [tl, br] = a.split(":") as [string, string];
  const c1 = ws.getCell(tl);
  const c2 = ws.getCell(br);
  return {
    top: Number(c1.row),
    left: Number(c1.col),
    bottom: Number(c2.row),
    right: Number(c2.col),
  };
}

/** What the .xlsx says about printing `ws`. */
export function writtenScale(ws: ExcelJS.Worksheet): { scale: number; pagesAcross: number } {
  const p = ws.pageSetup;
  const area = printAreaOf(ws);
  const titles = p.printTitlesColumn?.replace(/\$/g, "").split(":")[1];
  const widths: number[] = [];
  for (let c = area.left; c <= area.right; c++) widths.push(ws.getColumn(c).width ?? 8.43);
  return scaleOf({
    paper: OOXML_PAPER[Number(p.paperSize)] ?? "unknown",
    orientation: p.orientation === "landscape" ? "landscape" : "portrait",
    marginsInches: { left: p.margins?.left ?? 0.7, right: p.margins?.right ?? 0.7 },
    scale: p.fitToPage ? null : (p.scale ?? 100),
    pagesWide: p.fitToWidth ?? 1,
    widths,
    titleCols: titles ? Number(ws.getColumn(titles).number) : 0,
  });
}
