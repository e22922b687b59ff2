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
