import { formatIssue } from "../core";
import type { Issue } from "../core";
import type { CliContext } from "./command";
import type { FoundTable } from "./findTables";
import { rangeToA1 } from "../core";

export const countErrors = (issues: readonly Issue[]): number =>
  issues.filter((i) => i.severity === "error").length;

/** "F9  RATE_MISMATCH  <message>" — one line per issue. */
export function issueLine(issue: Issue, ctx: CliContext): string {
  return `${issue.cell}  ${issue.code}  ${formatIssue(issue, ctx.lang)}`;
}

/** "5–7", or "5" when the span is a single row. */
function rowSpan([from, to]: readonly [number, number]): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** The table's summary line. */
export function tableLine(t: FoundTable, ctx: CliContext): string {
  const l = t.data.layout;
  return ctx.t("tableLine", {
    sheet: l.sheet,
    range: rangeToA1(l.range),
    units: t.data.units.length,
    headers: rowSpan(l.headerRows),
    data: rowSpan(l.dataRows),
    totals: l.totalsRow === null ? ctx.t("noTotals") : ctx.t("totalsAt", { row: l.totalsRow }),
  });
}

/** "Nhóm: Xã Hưng Thịnh (cũ) (dòng 4–5, dòng cộng 3), …." — the table's groups, or null when it has none. */
export function groupsLine(t: FoundTable, ctx: CliContext): string | null {
  const groups = t.data.layout.groups ?? [];
  if (groups.length === 0) return null;
  const items = groups.map((g) => {
    const rows = rowSpan([g.unitRows[0] ?? 0, g.unitRows[g.unitRows.length - 1] ?? 0]);
    return g.subtotalRow === null
      ? ctx.t("groupItem", { name: g.name, rows })
      : ctx.t("groupItemSubtotal", { name: g.name, rows, subtotal: g.subtotalRow });
  });
  return ctx.t("groupsLine", { groups: items.join("; ") });
}

/** The issues of one table, then the error/warning count (or "no problems"). */
export function printIssues(issues: readonly Issue[], ctx: CliContext): void {
  for (const issue of issues) ctx.out(issueLine(issue, ctx));
  const errors = countErrors(issues);
  ctx.out(
    issues.length === 0
      ? ctx.t("noIssues")
      : ctx.t("countsLine", { errors, warnings: issues.length - errors })
  );
}
