import type { Grid } from "../model/grid";
import type { RawValue } from "../model/cell";
import { legacyFont } from "./legacyFont";
import { isSingleByteText, scoreLegacyText } from "./scoreLegacyText";
import type { WordCache } from "./scoreLegacyText";
import { decodeLegacyText } from "./legacyCodec";
import { restoreCapitals } from "./restoreCapitals";
import type { LegacyCell, LegacyEncoding, LegacyFont } from "./types";

const ENCODINGS: readonly LegacyEncoding[] = ["tcvn3", "vni"];

/**
 * A sheet is read as legacy text by statistics alone when more than twice as many of its cells read better decoded
 * as read worse, and the better ones gain at least MIN_TOTAL_GAIN Vietnamese words in all, or, for a single such
 * cell, MIN_SINGLE_CELL_GAIN (a lone "©" or "Tên" must not convert a sheet).
 */
const MIN_TOTAL_GAIN = 3;
const MIN_SINGLE_CELL_GAIN = 4;

export type LegacyDecoding = {
  /** The grid with legacy text decoded to Unicode (`legacyCells` lists them), or the input itself when none. */
  readonly grid: Grid;
  /** The encoding of most decoded cells, or null when the sheet holds no legacy text. */
  readonly encoding: LegacyEncoding | null;
  readonly cells: readonly LegacyCell[];
};

type Candidate = { i: number; j: number; text: string; font: LegacyFont | null };

/**
 * Find the sheet's TCVN3 / VNI text and read it as Unicode, before detection, so that headers match and messages
 * show real Vietnamese. A cell is legacy when its font says so (.VnTime, VNI-Times …) or, without such a font, when
 * the sheet as a whole reads clearly better decoded (see MIN_TOTAL_GAIN) and the cell does not read worse.
 * Text with any character beyond Windows-1252 is Unicode and never touched, nor is text that reads worse decoded
 * without a legacy font. Pure; the input grid is not changed.
 * @example
 * const { grid: decoded, encoding } = decodeLegacyGrid(grid); // encoding "tcvn3"; "Tæng sè hé" read "Tổng số hộ"
 */
export function decodeLegacyGrid(grid: Grid): LegacyDecoding {
  const candidates = findCandidates(grid);
  if (candidates.length === 0) return { grid, encoding: null, cells: [] };
  const words: WordCache = new Map();
  const score = (text: string, encoding: LegacyEncoding, uppercase: boolean): number =>
    scoreLegacyText(text, encoding, uppercase, words);
  const sheetEncoding = chooseSheetEncoding(candidates, score);
  const values = grid.values.map((row) => row.slice());
  const cells: LegacyCell[] = [];
  for (const c of candidates) {
    const encoding = c.font?.encoding ?? sheetEncoding;
    if (encoding === null) continue;
    const uppercase = c.font?.uppercase === true;
    const read = decodeLegacyText(c.text, encoding, { uppercase });
    const decoded = encoding === "tcvn3" && c.font === null ? restoreCapitals(c.text, read) : read;
    if (decoded === c.text || (c.font === null && score(c.text, encoding, uppercase) < 0)) continue;
    (values[c.i] as RawValue[])[c.j] = decoded;
    cells.push({ row: grid.top + c.i, col: grid.left + c.j, encoding, original: c.text });
  }
  if (cells.length === 0) return { grid, encoding: null, cells };
  return { grid: { ...grid, values, legacyCells: cells }, encoding: majority(cells), cells };
}

function findCandidates(grid: Grid): Candidate[] {
  const out: Candidate[] = [];
  grid.values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (typeof v !== "string" || !isSingleByteText(v)) return;
      const font = legacyFont(grid.fontNames?.[i]?.[j]);
      // ASCII text reads the same in every encoding, except in an uppercase-only font
      if (font?.uppercase !== true && !/[\u0080-\uffff]/.test(v)) return;
      out.push({ i, j, text: v, font });
    })
  );
  return out;
}

function chooseSheetEncoding(
  candidates: readonly Candidate[],
  score: (text: string, encoding: LegacyEncoding, uppercase: boolean) => number
): LegacyEncoding | null {
  let best: { encoding: LegacyEncoding; cells: number } | null = null;
  for (const encoding of ENCODINGS) {
    let gaining = 0;
    let losing = 0;
    let total = 0;
    for (const c of candidates) {
      if (c.font !== null) continue;
      const gain = score(c.text, encoding, false);
      if (gain > 0) gaining++;
      if (gain < 0) losing++;
      total += gain;
    }
    const convincing =
      gaining > 2 * losing && total >= (gaining >= 2 ? MIN_TOTAL_GAIN : MIN_SINGLE_CELL_GAIN);
    if (convincing && (best === null || gaining > best.cells)) best = { encoding, cells: gaining };
  }
  return best?.encoding ?? null;
}

function majority(cells: readonly LegacyCell[]): LegacyEncoding {
  const tcvn3 = cells.filter((c) => c.encoding === "tcvn3").length;
  return tcvn3 * 2 >= cells.length ? "tcvn3" : "vni";
}
