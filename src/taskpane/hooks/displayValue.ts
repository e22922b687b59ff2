import type { Lang } from "../../core";
import { formatNumber } from "../../core";
import { isCellError, type PlanCell, type RawValue } from "../../core";

/** A cell value as plain text for the pane (always rendered as React text, never as HTML). */
export function displayValue(v: RawValue | undefined, lang: Lang): string {
  if (v === null || v === undefined) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "number") return formatNumber(v, lang);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

/** What a plan writes, as text: a value, or the formula with the result it is expected to show. */
export function displayPlanCell(c: PlanCell, lang: Lang): string {
  if ("formula" in c) {
    return c.result === undefined || c.result === null
      ? c.formula
      : `${c.formula} → ${displayValue(c.result, lang)}`;
  }
  return displayValue(c.value, lang);
}
