import * as React from "react";
import { decodeLegacyGrid, isTransitionsTable, readTable } from "../../core";
import type { Grid, TableData, TableLayout } from "../../core";

/** A table of near-poor households only (no poor column). */
const isNearPoorOnly = (l: TableLayout): boolean =>
  l.columns.poor === undefined && l.columns.nearPoor !== undefined && !isTransitionsTable(l);

/**
 * The near-poor table the officer keeps on a sheet of its own (another of the detected tables), read once per
 * table, so the narrative's near-poor sentences come from it; null when the appendix has its own near-poor column
 * or there is no such table.
 */
export function useNearPoorTable(
  data: TableData | null,
  tables: readonly TableLayout[],
  readSheet: (sheet: string) => Promise<Grid>,
  reportError: (e: unknown) => void
): TableData | null {
  const [near, setNear] = React.useState<TableData | null>(null);
  const layout = React.useMemo(
    () =>
      data && data.layout.columns.nearPoor === undefined && data.layout.columns.poor !== undefined
        ? (tables.find((l) => l.sheet !== data.layout.sheet && isNearPoorOnly(l)) ?? null)
        : null,
    [data, tables]
  );
  React.useEffect(() => {
    let live = true;
    if (!layout) {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setNear(null);
      return;
    }
    readSheet(layout.sheet).then(
      (raw) => live && setNear(readTable(decodeLegacyGrid(raw).grid, layout)),
      (e: unknown) => live && reportError(e)
    );
    return () => {
      live = false;
    };
  }, [layout, readSheet, reportError]);
  return near;
}
