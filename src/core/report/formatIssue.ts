import type { Issue } from "../model/issue";
import { COLUMN_ROLES } from "../model/roles";
import type { ColumnRole } from "../model/roles";
import type { Lang, MessageParams } from "../messages/define";
import { translator } from "../messages/define";
import { formatNumber } from "../messages/formatNumber";
import { issueMessages, issuePlaceMessages, roleMessages } from "../messages/issues";

const tIssue = translator(issueMessages);
const tPlace = translator(issuePlaceMessages);
const tRole = translator(roleMessages);

/** A value as people read it: numbers with the language's decimal mark, text in quotes. */
export function formatValue(v: number | string | boolean | null | undefined, lang: Lang): string {
  if (v === null || v === undefined) return lang === "vi" ? "(trống)" : "(empty)";
  if (typeof v === "number") return formatNumber(v, lang);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return `“${v}”`;
}

/**
 * The sentence for an issue, in Vietnamese (decimal comma) or English. `decimals`: print the cell's numbers as its
 * format shows them (1,90 and 0,00 rather than 1,9 and 0; see decimalsOfFormat).
 * @example formatIssue(issue, "vi") // "Ô F9 (Tỷ lệ hộ nghèo) của Làng Gió ghi 2,83 nhưng tính ra 2,38."
 */
export function formatIssue(
  issue: Issue,
  lang: Lang,
  options: { readonly decimals?: number } = {}
): string {
  const shown = (n: number): string => formatNumber(n, lang, options.decimals);
  const extra: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(issue.params ?? {})) {
    extra[k] =
      typeof v === "number" && k !== "otherRow"
        ? formatNumber(v, lang, k.endsWith("Rate") ? 2 : undefined)
        : v;
  }
  const baseRole = issue.params?.baseRole;
  if (typeof baseRole === "string" && isColumnRole(baseRole))
    extra.baseRole = tRole(lang, baseRole).toLowerCase();
  const unit = issue.params?.unit;
  const at =
    unit !== undefined && unit !== ""
      ? tPlace(lang, "unit", { unit: String(unit) })
      : tPlace(lang, issue.params?.place === "totals" ? "totals" : "row", { row: issue.row });
  const params: MessageParams = {
    ...extra,
    cell: issue.cell,
    row: issue.row,
    role: issue.role ? tRole(lang, issue.role) : "",
    at,
    actual:
      typeof issue.actual === "number" ? shown(issue.actual) : formatValue(issue.actual, lang),
    ...(issue.expected !== undefined ? { expected: shown(issue.expected) } : {}),
    ...(issue.suggestion !== undefined ? { suggestion: formatNumber(issue.suggestion, lang) } : {}),
  };
  return tIssue(lang, issue.code, params);
}

function isColumnRole(s: string): s is ColumnRole {
  return (COLUMN_ROLES as readonly string[]).includes(s);
}
