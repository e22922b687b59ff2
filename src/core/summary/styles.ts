import type { CellStyle } from "../model";

/** Shared look of the sheets this module writes. */
export const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: "#DDEBF7",
  horizontal: "center",
  wrap: true,
  border: true,
};
export const TITLE_STYLE: CellStyle = { bold: true, horizontal: "center" };
export const NOTE_STYLE: CellStyle = { italic: true, wrap: true };
export const BODY_STYLE: CellStyle = { border: true };
export const TOTAL_STYLE: CellStyle = { bold: true, border: true, fill: "#F2F2F2" };
export const INPUT_STYLE: CellStyle = { border: true, fill: "#FFF2CC" };
export const RATE_FORMAT = "0.00";
export const COUNT_FORMAT = "#,##0";
export const TEXT_FORMAT = "@";
