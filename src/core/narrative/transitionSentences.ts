import type { Lang } from "../messages/define";
import { formatNumber } from "../messages/formatNumber";
import { tNarrative } from "../messages/narrative";
import type { Movements, TransitionFigures } from "../transitions/readTransitionFigures";

const complete = (
  m: Movements | null
): m is Movements & Record<"exited" | "reentered" | "newCount" | "end", number> =>
  m !== null && m.exited !== null && m.reentered !== null && m.newCount !== null && m.end !== null;

/**
 * The year's movements (thoát nghèo, tái nghèo, phát sinh) from the transitions table; a group with an unreadable
 * column says nothing.
 * @example buildTransitionSentences(t, 2023, "toàn xã", "vi")
 * // ["Trong năm 2023, toàn xã có 10 hộ thoát nghèo, 1 hộ tái nghèo và 1 hộ nghèo phát sinh; cuối năm còn 32 hộ nghèo."]
 */
export function buildTransitionSentences(
  t: TransitionFigures,
  year: number | null,
  place: string,
  lang: Lang
): string[] {
  const n = (x: number): string => formatNumber(x, lang);
  const out: string[] = [];
  const params = (m: Movements & Record<"exited" | "reentered" | "newCount" | "end", number>) => ({
    place,
    year: year ?? undefined,
    exited: n(m.exited),
    reentered: n(m.reentered),
    newPoor: n(m.newCount),
    end: n(m.end),
  });
  if (complete(t.poor))
    out.push(
      tNarrative(lang, year === null ? "transitionsPoorNoYear" : "transitionsPoor", params(t.poor))
    );
  if (complete(t.nearPoor)) out.push(tNarrative(lang, "transitionsNearPoor", params(t.nearPoor)));
  return out;
}
