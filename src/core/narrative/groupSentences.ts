import type { Lang } from "../messages/define";
import { formatNumber } from "../messages/formatNumber";
import { tNarrative } from "../messages/narrative";
import type { Figures } from "../summary/readFigures";

/**
 * One sentence per group of a grouped table (each former commune of a merged commune, each khu phố of a ward), with
 * the figures of its own units: households, poor and near-poor with their rates, and the planned cut when there is
 * one. None when the table has no groups.
 * @example buildGroupSentences(figures, "vi")
 * // ["Xã Hưng Thịnh (cũ): tổng số hộ 250 hộ; hộ nghèo 15 hộ, chiếm tỷ lệ 6,00%; phấn đấu giảm 8 hộ nghèo (3,20%)."]
 */
export function buildGroupSentences(f: Figures, lang: Lang): string[] {
  const n = (x: number): string => formatNumber(x, lang);
  const pct = (x: number): string => formatNumber(x, lang, 2);
  return f.groups.map((g) => {
    const parts = [
      tNarrative(lang, "groupHouseholds", { name: g.name, households: n(g.households) }),
    ];
    if (g.poorRate !== null)
      parts.push(tNarrative(lang, "groupPoor", { poor: n(g.poor), rate: pct(g.poorRate) }));
    if (g.nearPoor !== null && g.nearPoorRate !== null)
      parts.push(
        tNarrative(lang, "groupNearPoor", { nearPoor: n(g.nearPoor), rate: pct(g.nearPoorRate) })
      );
    if (g.poorCut !== null && g.poorCut > 0 && g.poorCutRate !== null)
      parts.push(tNarrative(lang, "groupCut", { cut: n(g.poorCut), rate: pct(g.poorCutRate) }));
    return `${parts.join("; ")}.`;
  });
}
