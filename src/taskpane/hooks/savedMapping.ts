import { COLUMN_ROLES, type ColumnMap, type TableLayout } from "../../core";

/** Workbook setting that remembers the officer's column mapping. */
export const MAPPING_SETTING = "giamngheo.columnMapping";

type SavedMapping = {
  readonly v: 1;
  readonly sheet: string;
  readonly headerTop: number;
  readonly columns: ColumnMap;
};

export function serializeMapping(layout: TableLayout): string {
  const saved: SavedMapping = {
    v: 1,
    sheet: layout.sheet,
    headerTop: layout.headerRows[0],
    columns: layout.columns,
  };
  return JSON.stringify(saved);
}

function parseSaved(text: string | null): SavedMapping | null {
  if (text === null || text.trim() === "") return null;
  try {
    const o = JSON.parse(text) as Partial<SavedMapping>;
    if (
      o.v !== 1 ||
      typeof o.sheet !== "string" ||
      typeof o.headerTop !== "number" ||
      typeof o.columns !== "object"
    ) {
      return null;
    }
    const columns: ColumnMap = {};
    for (const role of COLUMN_ROLES) {
      const c = (o.columns as Record<string, unknown> | null)?.[role];
      if (typeof c === "number" && Number.isInteger(c) && c >= 1) columns[role] = c;
    }
    return { v: 1, sheet: o.sheet, headerTop: o.headerTop, columns };
  } catch {
    return null;
  }
}

/** The layout with another column mapping; the range's columns follow the mapped columns. */
export function withColumns(layout: TableLayout, columns: ColumnMap): TableLayout {
  const cols = Object.values(columns).filter((c): c is number => typeof c === "number");
  if (cols.length === 0) return { ...layout, columns };
  const range = { ...layout.range, left: Math.min(...cols), right: Math.max(...cols) };
  return { ...layout, columns, range };
}

/**
 * Re-apply a saved mapping to the detected tables: the table on the saved sheet whose header starts on the saved
 * row (or else the first table on that sheet). Returns the tables and the index of the table it applied to.
 */
export function applySavedMapping(
  tables: readonly TableLayout[],
  savedText: string | null
): { tables: TableLayout[]; restored: number | null } {
  const saved = parseSaved(savedText);
  const list = [...tables];
  if (!saved || Object.keys(saved.columns).length === 0) return { tables: list, restored: null };
  let i = list.findIndex((t) => t.sheet === saved.sheet && t.headerRows[0] === saved.headerTop);
  if (i < 0) i = list.findIndex((t) => t.sheet === saved.sheet);
  if (i < 0) return { tables: list, restored: null };
  list[i] = withColumns(list[i] as TableLayout, saved.columns);
  return { tables: list, restored: i };
}
