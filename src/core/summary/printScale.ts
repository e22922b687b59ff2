import type { PrintSetup } from "../model";

/**
 * How much of a page the columns take, in screen pixels at 100 % (Excel's unit for column widths): a width of w
 * characters of the default font (Calibri 11, 7 px a digit) is w × 7 + 5 px, and 96 px make an inch.
 */
export const columnPixels = (width: number): number => Math.trunc(width * 7 + 5);

/** Page margins both hosts write, in inches (the left one wider for binding, as official documents have). */
export const PRINT_MARGINS = {
  left: 0.59,
  right: 0.39,
  top: 0.59,
  bottom: 0.59,
  header: 0.3,
  footer: 0.3,
} as const;

/** Paper sizes in inches (portrait). */
const PAPER = { A4: { width: 8.27, height: 11.69 } } as const;

/** Below this the printed text (11–12 pt at 100 %) is about 6 pt: unreadable on paper (issue #19). */
export const MIN_PRINT_SCALE = 55;

/**
 * The scale page-wide blocks are planned for, in Excel's measure. LibreOffice draws the same column widths about
 * 26 % wider (7 pt a character rather than 7 px), so a block planned at 72 % still prints at ≥ 55 % there.
 */
const PLANNED_SCALE = 72;

/** The width a page leaves for the columns, in pixels at 100 %. */
export function printableWidthPx(print: Pick<PrintSetup, "paper" | "orientation">): number {
  const paper = PAPER[print.paper];
  const across = print.orientation === "landscape" ? paper.height : paper.width;
  return Math.floor((across - PRINT_MARGINS.left - PRINT_MARGINS.right) * 96);
}

/**
 * The scale the sheet prints at, from what the plan asks: fit `totalPx` (the printed columns' width) to `pagesWide`
 * pages wide, each page repeating `titlesPx` of title columns — never above 100 %.
 * @example effectiveScale({ paper: "A4", orientation: "landscape", fitToWidth: true }, 2056) === 50
 */
export function effectiveScale(print: PrintSetup, totalPx: number, titlesPx = 0): number {
  if (!print.fitToWidth) return 100;
  const n = print.pagesWide ?? 1;
  const needed = totalPx + (n - 1) * titlesPx;
  return Math.min(100, Math.floor(((n * printableWidthPx(print)) / needed) * 100));
}

/**
 * Columns too wide for one page at a readable size are printed in page-wide blocks: the title columns (`titlesPx`,
 * e.g. the unit's name) repeat at the left of every page and the `blocks` (groups of columns that belong together)
 * follow one per page, or in as large pieces as fit at the planned scale. The host then fits the sheet to that many
 * pages wide: with blocks of equal columns the scale it picks puts each block on its own page.
 * @returns the number of columns (past the titles) on each page across.
 */
export function pageBlocks(
  print: Pick<PrintSetup, "paper" | "orientation">,
  titlesPx: number,
  blocks: readonly (readonly number[])[]
): readonly number[] {
  const room = (printableWidthPx(print) * 100) / PLANNED_SCALE;
  const pages: number[] = [];
  for (const block of blocks) {
    let used = titlesPx;
    let piece = 0;
    for (const px of block) {
      if (piece > 0 && used + px > room) {
        pages.push(piece);
        used = titlesPx;
        piece = 0;
      }
      used += px;
      piece++;
    }
    if (piece > 0) pages.push(piece);
  }
  return pages;
}
