import type { Target } from "../allocate/target";
import type { Lang } from "../messages/define";
import { formatNumber } from "../messages/formatNumber";
import { tNarrative } from "../messages/narrative";

/** Counts under 10 written with a leading zero, as administrative documents do ("05 hộ"). */
const padded = (n: number, lang: Lang): string =>
  lang === "vi" && Number.isInteger(n) && n >= 0 && n < 10 ? `0${n}` : formatNumber(n, lang);

/**
 * Seed plan 000 §II.2 a)–b): the targets as a rate with the households it stands for; with one target only, one
 * sentence without a letter.
 * @example buildWardTargetSentences({ households: 16, rate: 1.11, given: "rate" }, { households: 5, rate: 0.3, given: "rate" }, "vi")
 * // ["a) Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều thực hiện mức giảm 1,11% (tương ứng số hộ nghèo phải giảm là 16 hộ);",
 * //  "b) Tỷ lệ hộ cận nghèo … mức giảm 0,30% (tương ứng số hộ cận nghèo phải giảm là 05 hộ);"]
 */
export function buildWardTargetSentences(
  poor: Target | undefined,
  nearPoor: Target | undefined,
  lang: Lang
): string[] {
  const parts = [
    { target: poor, lettered: "wardPoorTarget", single: "wardPoorTargetOnly" },
    { target: nearPoor, lettered: "wardNearPoorTarget", single: "wardNearPoorTargetOnly" },
  ] as const;
  const present = parts.filter((p) => p.target !== undefined && p.target.rate !== null);
  // The a)–b) form only with both parts: one target alone is one plain sentence, never a lone "a)".
  return present.map((p, i) =>
    tNarrative(lang, present.length > 1 ? p.lettered : p.single, {
      letter: i === 0 ? "a" : "b",
      rate: formatNumber(p.target?.rate ?? 0, lang, 2),
      households: padded(p.target?.households ?? 0, lang),
    })
  );
}
