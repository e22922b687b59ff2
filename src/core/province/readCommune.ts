import { rangeToA1 } from "../address";
import { decodeLegacyGrid } from "../encoding/decodeLegacyGrid";
import { detectTables } from "../detect/detectTables";
import type { Grid, Issue } from "../model";
import { readTable } from "../read/readTable";
import { isTransitionsTable } from "../transitions/isTransitionsTable";
import { validateTable } from "../validate/validateTable";
import { sumCommune } from "./communeCounts";
import { findCommuneName } from "./communeName";
import type { CommuneReading } from "./types";

/** The first problem to show: the first error, else the first warning (issues come sorted by row, then column). */
function firstIssueOf(issues: readonly Issue[]): Issue | null {
  return issues.find((i) => i.severity === "error") ?? issues[0] ?? null;
}

/**
 * Read one commune's workbook (every sheet's grid, as its host read them) on its own: its appendix (legacy text
 * decoded; transitions tables and generated sheets left out; the appendix with the most units when there are
 * several), the check's counts and first problem, the sums of its units, and its name from its title lines
 * (else `fileName`). A workbook without a usable appendix comes back `readable: false` with the reason.
 * @example readCommune(grids, "binh-luong.xlsx") // { readable: true, name: "xã Bình Lương", counts: { households: 729, … } }
 */
export function readCommune(grids: readonly Grid[], file: string): CommuneReading {
  const decoded = grids.map((g) => decodeLegacyGrid(g).grid);
  const tables = decoded.flatMap((grid) => {
    const found = detectTables(grid);
    return found.ok ? found.tables.map((layout) => ({ grid, layout })) : [];
  });
  const appendices = tables.filter((t) => !isTransitionsTable(t.layout));
  const usable = appendices.filter(
    (t) => t.layout.columns.households !== undefined && t.layout.columns.poor !== undefined
  );
  const chosen = [...usable].sort((a, b) => b.layout.unitRows.length - a.layout.unitRows.length)[0];
  if (!chosen) {
    const { name, source } = findCommuneName(decoded, file);
    const shown = appendices[0];
    const problem = shown
      ? {
          kind: "noCountColumns" as const,
          table: `${shown.layout.sheet}!${rangeToA1(shown.layout.range)}`,
        }
      : tables.length > 0
        ? { kind: "onlyTransitions" as const }
        : { kind: "noAppendix" as const };
    return { file, readable: false, name, nameSource: source, problem };
  }
  const { layout } = chosen;
  const table = `${layout.sheet}!${rangeToA1(layout.range)}`;
  const { name, source } = findCommuneName(decoded, file, {
    sheet: layout.sheet,
    lastRow: layout.headerRows[0] - 1,
  });
  const data = readTable(chosen.grid, layout);
  if (data.units.length === 0) {
    return { file, readable: false, name, nameSource: source, problem: { kind: "noUnits", table } };
  }
  const issues = validateTable(data, {});
  const errors = issues.filter((i) => i.severity === "error").length;
  return {
    file,
    readable: true,
    name,
    nameSource: source,
    table,
    units: data.units.length,
    counts: sumCommune(data),
    errors,
    warnings: issues.length - errors,
    firstIssue: firstIssueOf(issues),
  };
}
