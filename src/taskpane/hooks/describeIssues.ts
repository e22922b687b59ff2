import {
  decimalsOfFormat,
  formatIssue,
  formatNumber,
  isRateRole,
  type CellWrite,
  type Issue,
  type Lang,
  type TableData,
} from "../../core";
import { uiText } from "../messages";
import { findCell, type IssueEntry, type IssueRowGroup } from "./issueTree";

/** How many decimals the cell of an issue shows (its number format; 2 for a rate without one). */
function shownDecimals(data: TableData | null, issue: Issue): number | undefined {
  if (!data || issue.role === null) return undefined;
  const decimals = decimalsOfFormat(findCell(data, issue.row, issue.role)?.numberFormat);
  return decimals ?? (isRateRole(issue.role) ? 2 : undefined);
}

/** The sentences of one cell's issues, numbers printed as the cell shows them ("1,90", "0,00"). */
export function describeEntry(entry: IssueEntry, data: TableData | null, lang: Lang): string {
  return entry.issues
    .map((i) => {
      const decimals = shownDecimals(data, i);
      return formatIssue(i, lang, decimals === undefined ? {} : { decimals });
    })
    .join(" ");
}

/** The words of a fix button ("Sửa thành 2,38", "Sửa dòng tổng thành 10") and its full accessible name. */
export function describeFix(
  entry: IssueEntry,
  data: TableData | null,
  lang: Lang
): { readonly text: string; readonly label: string } | null {
  const write: CellWrite | undefined = entry.fix?.sheets[0]?.writes[0];
  const issue = entry.issues[0];
  if (!write?.cell || !issue || !data) return null;
  const stored = "value" in write.cell ? write.cell.value : write.cell.result;
  if (typeof stored !== "number") return null;
  const role = issue.role;
  const fraction =
    role !== null &&
    (data.rateStorage as Record<string, string> | undefined)?.[role] === "fraction";
  const value = formatNumber(fraction ? stored * 100 : stored, lang, shownDecimals(data, issue));
  const key = entry.issues.some((i) => i.code === "NUMBER_AS_TEXT")
    ? "fixToNumber"
    : data.totals?.row === entry.row
      ? "fixTotalsTo"
      : data.groups?.some((g) => g.subtotalRow === entry.row)
        ? "fixSubtotalTo"
        : "fixTo";
  return {
    text: uiText(lang, key, { value }),
    label: uiText(lang, "fixCellLabel", { cell: entry.cell, action: uiText(lang, key, { value }) }),
  };
}

/** One sentence saying what to do next when no fix can be offered. */
export function describeAdvice(entry: IssueEntry, lang: Lang): string | null {
  if (entry.fix) return null;
  const issue = entry.issues.find((i) => i.severity === "error") ?? entry.issues[0];
  return issue ? uiText(lang, `advice_${issue.code}`) : null;
}

/**
 * A row group's heading: "Dòng 9 · Thôn 1 · Xã Hưng Thịnh (cũ)", "Dòng 6 · dòng cộng Xã Hưng Lợi (cũ)",
 * "Dòng tổng (dòng 14)", "Dòng 12".
 */
export function describeGroup(g: IssueRowGroup, lang: Lang): string {
  if (g.totals) return uiText(lang, "rowGroupTotals", { row: g.row });
  if (g.subtotal && g.group !== null)
    return uiText(lang, "rowGroupSubtotal", { row: g.row, group: g.group });
  if (g.name === null) return uiText(lang, "rowGroup", { row: g.row });
  return g.group === null
    ? uiText(lang, "rowGroupUnit", { row: g.row, name: g.name })
    : uiText(lang, "rowGroupUnitInGroup", { row: g.row, name: g.name, group: g.group });
}
