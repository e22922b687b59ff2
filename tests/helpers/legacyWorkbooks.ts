/**
 * Legacy-encoded copies of the seed appendix, made the way officers' old templates are: every text cell's
 * Unicode text written in TCVN3 (ABC) with the .VnTime font (.VnTimeH for lines in capitals, as ABC requires for
 * toned capitals) or in VNI-Windows with VNI-Times, and the numbers in the same fonts.
 */
import * as ExcelJS from "exceljs";
import * as fs from "fs";
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
 * A TCVN3 or VNI copy of the seed appendix, as .xlsx bytes. `fonts: false` keeps the seed's fonts (Times New
 * Roman, Calibri): legacy text whose font was lost, recognisable by its characters alone.
 */
export async function buildLegacyCopy(
  encoding: LegacyEncoding,
  opts: { readonly fonts?: boolean; readonly source?: string } = {}
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(opts.source ?? CLEAN_WORKBOOK);
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
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Write `buildLegacyCopy` into `dir` and return its path. */
export async function writeLegacyCopy(
  dir: string,
  encoding: LegacyEncoding,
  opts: { readonly fonts?: boolean; readonly source?: string } = {}
): Promise<string> {
  const suffix = opts.fonts === false ? "-nofont" : "";
  const base = path.basename(opts.source ?? CLEAN_WORKBOOK, ".xlsx");
  const file = path.join(dir, `${base}-${encoding}${suffix}.xlsx`);
  fs.writeFileSync(file, await buildLegacyCopy(encoding, opts));
  return file;
}
