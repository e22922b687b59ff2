import type { Grid, TableLayout } from "../model";
import { normalizeText } from "../roster/normalize";
import { findUnitKinds } from "./unitKinds";
import type { UnitKind } from "./unitKinds";

/** Whether the plan is a commune's (villages) or a ward's (residential groups): it changes the words only. */
export type PlaceKind = {
  readonly area: "commune" | "ward";
  readonly units: "village" | "residentialGroup";
  /** The kinds of unit the sheet itself names (findUnitKinds); the plan text uses its words when known. */
  readonly unitKinds?: readonly UnitKind[];
};

export const COMMUNE_PLACE: PlaceKind = { area: "commune", units: "village" };

/**
 * Read the kind of place from the title and header rows: "phường" → ward; a unit header "Tổ dân phố"/"TDP"/"khu phố"
 * → residential groups. Defaults to a commune with villages.
 * @example findPlaceKind(grid, layout) // Bình Lương → { area: "commune", units: "village" }
 */
export function findPlaceKind(grid: Grid, layout: TableLayout): PlaceKind {
  let ward = false;
  let groups = false;
  const unitCol = layout.columns.unit;
  for (let r = grid.top; r <= layout.headerRows[1]; r++) {
    const cells = grid.values[r - grid.top] ?? [];
    cells.forEach((v, j) => {
      if (typeof v !== "string") return;
      const t = normalizeText(v);
      if (/\bphuong\b/.test(t)) ward = true;
      if (
        grid.left + j === unitCol &&
        r >= layout.headerRows[0] &&
        /to dan pho|\btdp\b|khu pho/.test(t)
      )
        groups = true;
    });
  }
  const unitKinds = findUnitKinds(grid, layout);
  return {
    area: ward ? "ward" : "commune",
    units: groups || ward ? "residentialGroup" : "village",
    ...(unitKinds.length > 0 ? { unitKinds } : {}),
  };
}
