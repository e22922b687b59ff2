/**
 * Legacy-encoded copies of the seed appendix, made the way officers' old templates are: every text cell's
 * Unicode text written in TCVN3 (ABC) with the .VnTime font (.VnTimeH for lines in capitals, as ABC requires for
 * toned capitals) or in VNI-Windows with VNI-Times, and the numbers in the same fonts.
 */
import * as ExcelJS from "exceljs";
import * as path from "path";
import { encodeTcvn3, encodeVni } from "../../src/core";
import type { LegacyEncoding } from "../../src/core";
import { CLEAN_WORKBOOK } from "../paths";

const hasLowercase = (s: string): boolean => s !== s.toUpperCase();

/** The text and font a cell gets in the legacy copy. @throws Error when the text cannot be written (a test bug). */
export function toLegacyCell(
  text: string,
  encoding: LegacyEncoding
): { text: string; font: string } {
  if (encoding === "vni") {
    const vni = encodeVni(text);
    if (vni === null) throw new Error(`VNI cannot hold ${text}`);
    return { text: vni, font: "VNI-Times" };
  }
  const plain = encodeTcvn3(text);
  if (plain !== null && (hasLowercase(text) || plain === text))
    return { text: plain, font: ".VnTime" };
  const upper = encodeTcvn3(text, { uppercase: true });
  if (upper === null || hasLowercase(text)) throw new Error(`TCVN3 cannot hold ${text}`);
  return { text: upper, font: ".VnTimeH" };
}

/**
 * Write a TCVN3 or VNI copy of the seed appendix into `dir` and return its path. `fonts: false` keeps the seed's
 * fonts (Times New Roman, Calibri): legacy text whose font was lost, recognisable by its characters alone.
 */
export async function writeLegacyCopy(
  dir: string,
  encoding: LegacyEncoding,
  opts: { readonly fonts?: boolean } = {}
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(CLEAN_WORKBOOK);
  const cells: { cell: ExcelJS.Cell; value: unknown; master: boolean }[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells.push({ cell, value: cell.value, master: !cell.isMerged || cell.master === cell });
      })
    )
  );
  for (const { cell, value, master } of cells) {
    let font: string = encoding === "vni" ? "VNI-Times" : ".VnTime";
    if (typeof value === "string") {
      const legacy = toLegacyCell(value, encoding);
      font = legacy.font;
      if (master) cell.value = legacy.text;
    }
    if (opts.fonts !== false) cell.font = { ...(cell.font ?? {}), name: font };
  }
  const file = path.join(
    dir,
    `binh-luong-2024-${encoding}${opts.fonts === false ? "-nofont" : ""}.xlsx`
  );
  await wb.xlsx.writeFile(file);
  return file;
}
