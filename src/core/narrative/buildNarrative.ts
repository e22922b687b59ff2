import type { Lang } from "../messages/define";
import { formatNumber } from "../messages/formatNumber";
import { tSummary } from "../messages/summary";
import type { Figures } from "../summary/readFigures";
import type { PreviousYear } from "../summary/buildSummaryPlan";
import { round2 } from "../rates/computeRate";
import { rateOf } from "../summary/rateOf";
import { COMMUNE_PLACE, type PlaceKind } from "./findPlaceKind";

export type NarrativeOptions = {
  /** Plan year ("cuối năm 2024"); from findPlanYear or the officer. */
  readonly year?: number | null;
  readonly previousYear?: PreviousYear;
  readonly lang?: Lang;
  /** Commune with villages (default) or ward with residential groups: see findPlaceKind. */
  readonly place?: PlaceKind;
};

const pct = (x: number, lang: Lang): string => formatNumber(x, lang, 2);

/**
 * The plan's sentences, ready to paste, in the officer's language (decimal commas in Vietnamese).
 * Sentences whose figures the table lacks are left out.
 * @example buildNarrative(figures, { year: 2024 })
 * // ["Tổng số hộ toàn xã là 729 hộ.", "Số hộ nghèo toàn xã là 32 hộ chiếm tỷ lệ 4,39%.",
 * //  "Phấn đấu giảm tỷ lệ hộ nghèo cuối năm 2024 từ 4,39% xuống còn 3,02%, tương đương 10 hộ, giảm 1,37%.", …]
 */
export function buildNarrative(f: Figures, options: NarrativeOptions = {}): string[] {
  const lang = options.lang ?? "vi";
  const c = f.commune;
  const out: string[] = [];
  const n = (x: number): string => formatNumber(x, lang);
  const placeKind = options.place ?? COMMUNE_PLACE;
  const place = tSummary(lang, placeKind.area === "ward" ? "placeWard" : "placeCommune");
  const units = tSummary(
    lang,
    placeKind.units === "residentialGroup" ? "unitsGroup" : "unitsVillage"
  );
  out.push(tSummary(lang, "nTotal", { place, households: n(c.households) }));
  if (c.poorRate !== null)
    out.push(tSummary(lang, "nPoor", { place, poor: n(c.poor), rate: pct(c.poorRate, lang) }));
  if (c.nearPoor !== null && c.nearPoorRate !== null) {
    out.push(
      tSummary(lang, "nNearPoor", {
        place,
        nearPoor: n(c.nearPoor),
        rate: pct(c.nearPoorRate, lang),
      })
    );
  }
  const prev = options.previousYear;
  const prevRate = prev ? rateOf(prev.poor, prev.households) : null;
  if (prev && prevRate !== null && c.poorRate !== null) {
    const diff = c.poor - prev.poor;
    const rateDiff = round2(c.poorRate - prevRate);
    out.push(
      tSummary(lang, "nPrevious", {
        year: prev.year,
        poor: n(prev.poor),
        rate: pct(prevRate, lang),
        direction: tSummary(lang, diff <= 0 ? "nDown" : "nUp"),
        diff: n(Math.abs(diff)),
        rateDiff: pct(Math.abs(rateDiff), lang),
      })
    );
  }
  const year = options.year ?? null;
  if (
    c.poorCut !== null &&
    c.poorRate !== null &&
    c.projectedPoorRate !== null &&
    c.poorCutRate !== null
  ) {
    out.push(
      tSummary(lang, year === null ? "nTarget" : "nTargetYear", {
        year: year ?? undefined,
        from: pct(c.poorRate, lang),
        to: pct(c.projectedPoorRate, lang),
        cut: n(c.poorCut),
        cutRate: pct(c.poorCutRate, lang),
      })
    );
  }
  if (
    c.nearPoorCut !== null &&
    c.nearPoorRate !== null &&
    c.projectedNearPoorRate !== null &&
    c.nearPoorCutRate !== null
  ) {
    out.push(
      tSummary(lang, year === null ? "nNearTarget" : "nNearTargetYear", {
        year: year ?? undefined,
        from: pct(c.nearPoorRate, lang),
        to: pct(c.projectedNearPoorRate, lang),
        cut: n(c.nearPoorCut),
        cutRate: pct(c.nearPoorCutRate, lang),
      })
    );
  }
  if (c.poorCut !== null && c.poorCut > 0) {
    const withCut = f.units.filter((u) => (u.poorCut?.value ?? 0) > 0);
    const items = withCut.map((u) =>
      tSummary(lang, "nUnitItem", {
        name: u.name,
        cut: n(u.poorCut?.value ?? 0),
        rate: pct(u.poorCutRate ?? 0, lang),
      })
    );
    out.push(tSummary(lang, "nUnits", { units, list: items.join(tSummary(lang, "listSep")) }));
    const rest = f.units.filter((u) => (u.poorCut?.value ?? 0) === 0).map((u) => u.name);
    if (rest.length > 0)
      out.push(
        tSummary(lang, "nUnitsRest", { units, names: rest.join(tSummary(lang, "nameSep")) })
      );
  }
  return out;
}
