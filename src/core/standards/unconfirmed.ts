import type { IndicatorId, PovertyStandard } from "./types";

/** One value of a standard that is not confirmed from the official text; the words are in messages/summary.ts. */
export type UnconfirmedItem =
  | { readonly kind: "averageLines"; readonly overridden: boolean }
  | { readonly kind: "nearPoorRule" }
  | { readonly kind: "indicatorNames"; readonly ids: readonly IndicatorId[] }
  | { readonly kind: "indicatorConditions" }
  | { readonly kind: "reviewYear2026" };

/**
 * What the UI must flag as unconfirmed for a standard (DOMAIN.md [S]/[U] tags).
 * @example listUnconfirmed(ND351_2025).map((u) => u.kind) // ["averageLines", "indicatorNames", "indicatorConditions", "reviewYear2026"]
 */
export function listUnconfirmed(standard: PovertyStandard): UnconfirmedItem[] {
  const out: UnconfirmedItem[] = [];
  if (!standard.averageLines.confirmed) {
    out.push({ kind: "averageLines", overridden: standard.averageLines.overridden === true });
  }
  if (!standard.nearPoorRule.confirmed) out.push({ kind: "nearPoorRule" });
  const names = standard.indicators.filter((i) => !i.nameConfirmed).map((i) => i.id);
  if (names.length > 0) out.push({ kind: "indicatorNames", ids: names });
  if (standard.indicators.some((i) => !i.conditionConfirmed))
    out.push({ kind: "indicatorConditions" });
  if (standard.id === "ND351_2025") out.push({ kind: "reviewYear2026" });
  return out;
}

export function isIndicatorUnconfirmed(standard: PovertyStandard, id: IndicatorId): boolean {
  const spec = standard.indicators.find((i) => i.id === id);
  return spec !== undefined && !spec.nameConfirmed;
}
