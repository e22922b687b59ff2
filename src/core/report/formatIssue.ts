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
  const params: MessageParams = {
    ...extra,
    at: placeOf(issue, lang),
    ...(issue.params?.parentPlace !== undefined ? { parentAt: parentPlaceOf(issue, lang) } : {}),
    cell: issue.cell,
    row: issue.row,
    role: issue.role ? tRole(lang, issue.role) : "",
    actual:
      typeof issue.actual === "number" ? shown(issue.actual) : formatValue(issue.actual, lang),
    ...(issue.expected !== undefined ? { expected: shown(issue.expected) } : {}),
    ...(issue.suggestion !== undefined ? { suggestion: formatNumber(issue.suggestion, lang) } : {}),
  };
  return tIssue(lang, issue.code, params);
}

/** "của Thôn 1", "của Thôn 1 (Xã A (cũ))", "ở dòng cộng của Xã A (cũ)", "ở dòng tổng", "ở dòng 12". */
function placeOf(issue: Issue, lang: Lang): string {
  const unit = issue.params?.unit;
  const group = issue.params?.group;
  if (unit !== undefined && unit !== "")
    return group !== undefined && group !== ""
      ? tPlace(lang, "unitInGroup", { unit: String(unit), group: String(group) })
      : tPlace(lang, "unit", { unit: String(unit) });
  const place = issue.params?.place;
  if (place === "subtotal" && group !== undefined)
    return tPlace(lang, "subtotal", { group: String(group) });
  return tPlace(lang, place === "totals" ? "totals" : "row", { row: issue.row });
}

/** The row a breakdown splits, as BREAKDOWN_EXCEEDS_PARENT names it. */
function parentPlaceOf(issue: Issue, lang: Lang): string {
  const place = issue.params?.parentPlace;
  const parent = String(issue.params?.parent ?? "");
  if (place === "unit") return tPlace(lang, "unit", { unit: parent });
  if (place === "subtotal") return tPlace(lang, "subtotal", { group: parent });
  return tPlace(lang, "totals");
}

function isColumnRole(s: string): s is ColumnRole {
  return (COLUMN_ROLES as readonly string[]).includes(s);
}
