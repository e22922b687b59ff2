import * as React from "react";
import { decodeLegacyGrid, type Grid, type WorkbookHost } from "../../core";
import type { LegacyState } from "./useWorkbook.types";

export type SheetCache = {
  /**
   * Keep a sheet both as read and with its legacy text decoded; returns the decoded grid (the engine's).
   * `complete: false`: only its head was read (the start-up probe of a long sheet).
   */
  keep(sheet: string, raw: Grid, complete?: boolean): Grid;
  /** Read a sheet from the host and keep it. */
  read(sheet: string): Promise<Grid>;
  /** The sheet as the host read it (write previews show what the cells hold). */
  raw(sheet: string): Grid | undefined;
  /** The sheet with its legacy text decoded. */
  decoded(sheet: string): Grid | undefined;
  sheets(): readonly string[];
  rawGrids(): readonly Grid[];
  /** Sheets kept only in part (a long sheet's head from the start-up probe): `read` them before a whole-workbook write. */
  partial(): readonly string[];
  clear(): void;
  /** The workbook's legacy-encoded text (generated sheets aside), or null when there is none. */
  legacy(): LegacyState | null;
  /** Sheets this add-in generated, by their marker: sheet → "summary" … */
  generated(): ReadonlyMap<string, string>;
};

/** The sheets read so far, as read and decoded; stable for the life of the host. */
export function useSheetCache(host: WorkbookHost): SheetCache {
  const grids = React.useRef(new Map<string, Grid>());
  const decodedGrids = React.useRef(new Map<string, Grid>());
  const partial = React.useRef(new Set<string>());
  return React.useMemo<SheetCache>(() => {
    const keep = (sheet: string, raw: Grid, complete = true): Grid => {
      const decoded = decodeLegacyGrid(raw).grid;
      grids.current.set(sheet, raw);
      decodedGrids.current.set(sheet, decoded);
      if (complete) partial.current.delete(sheet);
      else partial.current.add(sheet);
      return decoded;
    };
    return {
      keep,
      read: async (sheet) => keep(sheet, await host.readGrid(sheet)),
      raw: (sheet) => grids.current.get(sheet),
      decoded: (sheet) => decodedGrids.current.get(sheet),
      sheets: () => [...grids.current.keys()],
      rawGrids: () => [...grids.current.values()],
      partial: () => [...partial.current],
      clear: () => {
        grids.current.clear();
        decodedGrids.current.clear();
        partial.current.clear();
      },
      legacy: () => countLegacy(decodedGrids.current.values()),
      generated: () =>
        new Map(
          [...grids.current]
            .filter(([, g]) => g.generated !== undefined)
            .map(([sheet, g]) => [sheet, g.generated as string])
        ),
    };
  }, [host]);
}

function countLegacy(decoded: Iterable<Grid>): LegacyState | null {
  let tcvn3 = 0;
  let vni = 0;
  for (const g of decoded) {
    if (g.generated !== undefined) continue;
    for (const c of g.legacyCells ?? [])
      if (c.encoding === "tcvn3") tcvn3++;
      else vni++;
  }
  if (tcvn3 + vni === 0) return null;
  return { encoding: tcvn3 >= vni ? "tcvn3" : "vni", cells: tcvn3 + vni };
}
