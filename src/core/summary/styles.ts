import type { CellStyle, PrintSetup } from "../model";
import { columnPixels, pageBlocks } from "./printScale";

/** Printed plans use Times New Roman (Decree 30/2020/NĐ-CP); tables a size smaller than the text. */
const FONT = { fontName: "Times New Roman", fontSize: 12 } as const;

/** Shared look of the sheets this module writes. */
export const HEADER_STYLE: CellStyle = {
  ...FONT,
  bold: true,
  fill: "#DDEBF7",
  horizontal: "center",
  wrap: true,
  border: true,
};
export const TITLE_STYLE: CellStyle = { ...FONT, fontSize: 13, bold: true, horizontal: "center" };
/** "(Kèm theo Kế hoạch số …)" under the title. */
export const SUBTITLE_STYLE: CellStyle = { ...FONT, italic: true, horizontal: "center" };
export const NOTE_STYLE: CellStyle = { ...FONT, fontSize: 11, italic: true, wrap: true };
export const BODY_STYLE: CellStyle = { ...FONT, border: true };
export const TOTAL_STYLE: CellStyle = { ...FONT, bold: true, border: true, fill: "#F2F2F2" };
export const INPUT_STYLE: CellStyle = { ...FONT, border: true, fill: "#FFF2CC" };
export const RATE_FORMAT = "0.00";
export const COUNT_FORMAT = "#,##0";
export const TEXT_FORMAT = "@";

/** Column widths (in characters) that still fit an A4 page upright at 100 %; wider sheets print landscape. */
const PORTRAIT_WIDTH = 95;

/**
 * A4, one page wide, the header rows on every page; landscape when the columns are wider than a portrait page.
 * @example buildPrintSetup([{ col: 1, width: 5 }, …], { top: 4, bottom: 4 }).orientation === "landscape"
 */
export function buildPrintSetup(
  widths: readonly { readonly width: number }[],
  repeatRows: { readonly top: number; readonly bottom: number }
): PrintSetup {
  const total = widths.reduce((a, w) => a + w.width, 0);
  return {
    paper: "A4",
    orientation: total > PORTRAIT_WIDTH ? "landscape" : "portrait",
    fitToWidth: true,
    repeatRows,
  };
}

/**
 * A4 landscape in page-wide blocks (see `pageBlocks`): columns 1..`titleCols` repeat at the left of every page and
 * the sheet is fitted to one page wide per block, rather than to one page, which shrinks a 39-column sheet to about
 * 29 %. A3 would print the same sheet on one sheet of paper at only about 41 %, and communes rarely have A3.
 * @returns the setup and how many columns past the titles the first page holds (the heading spans those).
 */
export function buildBlockPrintSetup(
  widths: readonly { readonly col: number; readonly width: number }[],
  repeatRows: { readonly top: number; readonly bottom: number },
  titleCols: number,
  blocks: readonly (readonly number[])[]
): { readonly print: PrintSetup; readonly firstPageCols: number } {
  const px = new Map(widths.map((w) => [w.col, columnPixels(w.width)]));
  const titlesPx = widths
    .filter((w) => w.col <= titleCols)
    .reduce((a, w) => a + columnPixels(w.width), 0);
  const base = { paper: "A4", orientation: "landscape" } as const;
  const pages = pageBlocks(
    base,
    titlesPx,
    blocks.map((b) => b.map((col) => px.get(col) ?? columnPixels(8.43)))
  );
  return {
    print: {
      ...base,
      fitToWidth: true,
      pagesWide: pages.length,
      repeatRows,
      repeatColumns: { left: 1, right: titleCols },
    },
    firstPageCols: pages[0] ?? 0,
  };
}
