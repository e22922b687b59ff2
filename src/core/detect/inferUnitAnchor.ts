import type { GridReader } from "../grid/createGridReader";
import type { CellRef } from "../model/address";
import { toNormText } from "./cellText";
import { isIndexHeaderText, readHeaderFeatures } from "./headerFeatures";

const LOOK_LEFT = 6;

/**
 * When no unit header word was found: from a recognised count header at (row, col), the nearest column to its left
 * whose header text names no role ("Tên", "Địa danh", "Khu dân cư" …) is taken as the unit column. Returns the
 * top-left cell of that header, or null. A blank header right of the "TT" column is the unit column too.
 */
export function inferUnitAnchor(reader: GridReader, row: number, col: number): CellRef | null {
  for (let c = col - 1; c >= Math.max(reader.left, col - LOOK_LEFT); c--) {
    const norm = toNormText(reader.spread(row, c));
    if (norm.length === 0)
      return isIndexHeaderText(toNormText(reader.spread(row, c - 1))) ? { row, col: c } : null;
    const f = readHeaderFeatures(norm);
    if (f.index) return null;
    if (f.subject !== undefined || f.measure === "rate") continue;
    const m = reader.mergeAt(row, c);
    return m
      ? { row: Math.max(m.top, reader.top), col: Math.max(m.left, reader.left) }
      : { row, col: c };
  }
  return null;
}
