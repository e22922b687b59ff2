import type { Lang } from "../messages/define";
import { formatNumber } from "../messages/formatNumber";
import { tNarrative } from "../messages/narrative";
import { tSummary } from "../messages/summary";
import type { Figures } from "../summary/readFigures";
import type { PreviousYear } from "../summary/buildSummaryPlan";
import { rateOf } from "../summary/rateOf";
import { COMMUNE_PLACE, type PlaceKind } from "./findPlaceKind";
import type { Target } from "../allocate/target";
import type { TransitionFigures } from "../transitions/readTransitionFigures";
import { buildGroupSentences } from "./groupSentences";
import { buildPreviousYearSentences } from "./previousYearSentences";
import { buildTransitionSentences } from "./transitionSentences";
import { buildWardTargetSentences } from "./wardTargetSentences";

export type NarrativeOptions = {
  /** Plan year ("cuối năm 2024"); from findPlanYear or the officer. */
  readonly year?: number | null;
  readonly previousYear?: PreviousYear;
  readonly lang?: Lang;
  /** Commune with villages (default) or ward with residential groups: see findPlaceKind. */
  readonly place?: PlaceKind;
  /** This year's near-poor households when the appendix has no near-poor column (typed by the officer). */
  readonly nearPoor?: number;
  /** The commune's targets: given as rates, they are also stated in the ward form a)–b) (seed 000 §II.2). */
  readonly targets?: { readonly poor?: Target; readonly nearPoor?: Target };
  /** The year's movements from a transitions table. */
  readonly transitions?: TransitionFigures;
};

const pct = (x: number, lang: Lang): string => formatNumber(x, lang, 2);

/**
 * The plan's sentences, ready to paste, in the officer's language (decimal commas in Vietnamese).
 * Sentences whose figures the table lacks are left out.
 * @example buildNarrative(figures, { year: 2024 })
 * // ["Tổng số hộ toàn xã là 729 hộ.", "Số hộ nghèo toàn xã là 32 hộ, chiếm tỷ lệ 4,39%.",
 * //  "Phấn đấu giảm tỷ lệ hộ nghèo cuối năm 2024 từ 4,39% xuống còn 3,02%, tương đương 10 hộ, giảm 1,37%.", …]
 */
export function buildNarrative(f: Figures, options: NarrativeOptions = {}): string[] {
  const lang = options.lang ?? "vi";
  const c = f.commune;
  const out: string[] = [];
  const n = (x: number): string => formatNumber(x, lang);
  const placeKind = options.place ?? COMMUNE_PLACE;
  const place = tSummary(lang, placeKind.area === "ward" ? "placeWard" : "placeCommune");
  const units = unitWords(placeKind, lang);
  out.push(tSummary(lang, "nTotal", { place, households: n(c.households) }));
  const nearPoor = c.nearPoor ?? options.nearPoor ?? null;
  const nearPoorRate =
    c.nearPoor !== null
      ? c.nearPoorRate
      : nearPoor === null
        ? null
        : rateOf(nearPoor, c.households);
  const prev = options.previousYear;
  const planYear = options.year ?? (prev ? prev.year + 1 : null);
  if (prev && planYear !== null) {
    out.push(
      ...buildPreviousYearSentences({
        commune: c,
        nearPoor,
        previous: prev,
        year: planYear,
        place,
        lang,
      })
    );
  } else {
    if (c.poorRate !== null)
      out.push(tSummary(lang, "nPoor", { place, poor: n(c.poor), rate: pct(c.poorRate, lang) }));
    if (nearPoor !== null && nearPoorRate !== null) {
      out.push(
        tSummary(lang, "nNearPoor", { place, nearPoor: n(nearPoor), rate: pct(nearPoorRate, lang) })
      );
    }
  }
  out.push(...buildGroupSentences(f, lang));
  if (options.transitions)
    out.push(
      ...buildTransitionSentences(
        options.transitions,
        prev?.year ?? (planYear === null ? null : planYear - 1),
        place,
        lang
      )
    );
  const year = planYear;
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
  const targets = options.targets ?? {};
  if (
    targets.poor?.given === "rate" ||
    targets.nearPoor?.given === "rate" ||
    placeKind.area === "ward"
  ) {
    out.push(
      ...buildWardTargetSentences(
        targets.poor ?? tableTarget(c.poorCut, c.poorCutRate),
        targets.nearPoor ?? tableTarget(c.nearPoorCut, c.nearPoorCutRate),
        lang
      )
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

/**
 * How the plan text names the units: the sheet's own words ("thôn"; "thôn, tổ dân phố" when mixed), else by the place.
 */
function unitWords(place: PlaceKind, lang: Lang): string {
  const kinds = place.unitKinds ?? [];
  if (kinds.length === 0)
    return tSummary(lang, place.units === "residentialGroup" ? "unitsGroup" : "unitsVillage");
  const words = [...new Set(kinds.map((k) => tNarrative(lang, `kind_${k}`)))];
  return words.join(tNarrative(lang, "kindsSep"));
}

/** The table's own cut as a target (its households and rate), when it has both. */
function tableTarget(cut: number | null, rate: number | null): Target | undefined {
  return cut !== null && rate !== null && cut > 0
    ? { households: cut, rate, given: "households" }
    : undefined;
}
