import type { Target } from "../allocate/target";
import type { Lang } from "../messages/define";
import { formatNumber } from "../messages/formatNumber";
import { tNarrative } from "../messages/narrative";

/** Counts under 10 written with a leading zero, as administrative documents do ("05 hộ"). */
const padded = (n: number, lang: Lang): string =>
  lang === "vi" && Number.isInteger(n) && n >= 0 && n < 10 ? `0${n}` : formatNumber(n, lang);

/**
 * Seed plan 000 §II.2 a)–b): the targets as a rate with the households it stands for.
 * @example buildWardTargetSentences({ households: 16, rate: 1.11, given: "rate" }, { households: 5, rate: 0.3, given: "rate" }, "vi")
 * // ["a) Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều thực hiện mức giảm 1,11% (tương ứng số hộ nghèo phải giảm là 16 hộ);",
 * //  "b) Tỷ lệ hộ cận nghèo … mức giảm 0,30% (tương ứng số hộ cận nghèo phải giảm là 05 hộ);"]
 */
export function buildWardTargetSentences(
  poor: Target | undefined,
  nearPoor: Target | undefined,
  lang: Lang
): string[] {
  const out: string[] = [];
  if (poor && poor.rate !== null) {
    out.push(
      tNarrative(lang, "wardPoorTarget", {
        rate: formatNumber(poor.rate, lang, 2),
        households: padded(poor.households, lang),
      })
    );
  }
  if (nearPoor && nearPoor.rate !== null) {
    out.push(
      tNarrative(lang, "wardNearPoorTarget", {
        letter: out.length === 0 ? "a" : "b",
        rate: formatNumber(nearPoor.rate, lang, 2),
        households: padded(nearPoor.households, lang),
      })
    );
  }
  return out;
}
