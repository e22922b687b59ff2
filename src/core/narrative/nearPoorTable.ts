import type { TableData } from "../model/tableData";
import type { Figures } from "../summary/readFigures";
import { rateOf } from "../summary/rateOf";
import { readNumber } from "../validate/cellValues";

/** A column's sum over the unit rows, or null when it is absent or a cell is unreadable. */
function sumOf(data: TableData, role: "households" | "nearPoor" | "nearPoorCut"): number | null {
  if (data.layout.columns[role] === undefined) return null;
  let total = 0;
  for (const u of data.units) {
    const n = readNumber(u.cells[role]);
    if (n === undefined) {
      if (role === "nearPoorCut" && u.cells[role]?.kind === "empty") continue;
      return null;
    }
    total += n;
  }
  return total;
}

/**
 * The appendix figures completed with a near-poor table the officer keeps apart (another sheet of the same
 * workbook): its near-poor count and cut, with rates over its own households. The appendix's own near-poor column,
 * when it has one, wins.
 * @example withNearPoorTable(figures, nearPoorData).commune.nearPoor // 21
 */
export function withNearPoorTable(f: Figures, near: TableData): Figures {
  if (f.commune.nearPoor !== null) return f;
  const nearPoor = sumOf(near, "nearPoor");
  if (nearPoor === null) return f;
  const households = sumOf(near, "households") ?? f.commune.households;
  const cut = sumOf(near, "nearPoorCut");
  return {
    ...f,
    commune: {
      ...f.commune,
      nearPoor,
      nearPoorRate: rateOf(nearPoor, households),
      nearPoorCut: cut,
      nearPoorCutRate: cut === null ? null : rateOf(cut, households),
      projectedNearPoorRate: cut === null ? null : rateOf(nearPoor - cut, households),
    },
  };
}

const isNearPoorOnly = (t: TableData): boolean =>
  t.layout.columns.poor === undefined && t.layout.columns.nearPoor !== undefined;

/**
 * Two appendix tables of which one has the poor and the other only the near-poor (kept on its own sheet): the
 * appendix and its near-poor part. Null for any other set of tables.
 */
export function pairNearPoorTable(
  tables: readonly TableData[]
): { readonly appendix: TableData; readonly nearPoor: TableData } | null {
  if (tables.length !== 2) return null;
  const near = tables.filter(isNearPoorOnly);
  const appendix = tables.find((t) => t.layout.columns.poor !== undefined);
  if (near.length !== 1 || !appendix) return null;
  return { appendix, nearPoor: near[0] as TableData };
}
