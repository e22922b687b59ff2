import type { CellStyle, PrintSetup } from "../model";

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
