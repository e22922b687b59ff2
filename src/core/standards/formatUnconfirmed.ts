import type { Lang } from "../messages/define";
import { indicatorNames, tSummary } from "../messages/summary";
import type { UnconfirmedItem } from "./unconfirmed";

/** The sentence the UI shows for one unconfirmed value. */
export function formatUnconfirmed(item: UnconfirmedItem, lang: Lang): string {
  switch (item.kind) {
    case "averageLines":
      return tSummary(
        lang,
        item.overridden ? "unconfirmed_averageLinesSet" : "unconfirmed_averageLines"
      );
    case "nearPoorRule":
      return tSummary(lang, "unconfirmed_nearPoorRule");
    case "indicatorNames":
      return tSummary(lang, "unconfirmed_indicatorNames", {
        names: item.ids.map((id) => indicatorNames[lang][id]).join(", "),
      });
    case "indicatorConditions":
      return tSummary(lang, "unconfirmed_indicatorConditions");
    case "reviewYear2026":
      return tSummary(lang, "unconfirmed_reviewYear2026");
  }
}
