import type { Lang } from "../messages/define";
import { formatNumber } from "../messages/formatNumber";
import { tNarrative } from "../messages/narrative";
import { round2 } from "../rates/computeRate";
import type { PreviousYear } from "../summary/buildSummaryPlan";
import type { CommuneFigures } from "../summary/readFigures";
import { rateOf } from "../summary/rateOf";

export type ParagraphInput = {
  readonly commune: CommuneFigures;
  /** This year's near-poor households (the table's, else the officer's). */
  readonly nearPoor: number | null;
  readonly previous: PreviousYear;
  /** The plan year; the review year is the previous one. */
  readonly year: number;
  readonly place: string;
  readonly lang: Lang;
};

const pct = (x: number, lang: Lang): string => formatNumber(x, lang, 2);

/**
 * Seed plan 003 §2.1: last year's poor and near-poor households with their rates, then the end-of-year review that
 * the plan starts from, with the fall against last year in points and households.
 * @example // Bình Lương: "Số hộ nghèo toàn xã năm 2023 là 40 hộ, chiếm tỷ lệ 5,49%.", …
 */
export function buildPreviousYearSentences(input: ParagraphInput): string[] {
  const { commune: c, previous: prev, lang, place } = input;
  const n = (x: number): string => formatNumber(x, lang);
  const out: string[] = [];
  const prevYear = prev.year;
  const prevRate = rateOf(prev.poor, prev.households);
  if (prevRate !== null)
    out.push(
      tNarrative(lang, "pPrevPoor", {
        place,
        prevYear,
        poor: n(prev.poor),
        rate: pct(prevRate, lang),
      })
    );
  const prevNearRate = prev.nearPoor === undefined ? null : rateOf(prev.nearPoor, prev.households);
  if (prev.nearPoor !== undefined && prevNearRate !== null) {
    out.push(
      tNarrative(lang, "pPrevNearPoor", {
        prevYear,
        nearPoor: n(prev.nearPoor),
        rate: pct(prevNearRate, lang),
      })
    );
  }
  if (c.poorRate !== null) {
    const diff = c.poor - prev.poor;
    const rateDiff = prevRate === null ? 0 : round2(c.poorRate - prevRate);
    const base = { prevYear, year: input.year, poor: n(c.poor), rate: pct(c.poorRate, lang) };
    out.push(
      diff === 0 && rateDiff === 0
        ? tNarrative(lang, "pReviewPoorSame", base)
        : tNarrative(lang, "pReviewPoor", {
            ...base,
            direction: tNarrative(lang, diff < 0 || (diff === 0 && rateDiff < 0) ? "pDown" : "pUp"),
            rateDiff: pct(Math.abs(rateDiff), lang),
            diff: n(Math.abs(diff)),
          })
    );
  }
  const nearRate = input.nearPoor === null ? null : rateOf(input.nearPoor, c.households);
  if (input.nearPoor !== null && nearRate !== null) {
    out.push(
      tNarrative(lang, "pReviewNearPoor", {
        prevYear,
        nearPoor: n(input.nearPoor),
        rate: pct(nearRate, lang),
      })
    );
  }
  return out;
}
