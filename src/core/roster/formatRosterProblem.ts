import { toColumnLetters } from "../address";
import type { Lang } from "../messages/define";
import { tSummary } from "../messages/summary";
import type { RosterParse, RosterProblem } from "./types";
import { indicatorNames } from "../messages/summary";

const KEY = {
  noUnit: "rosterNoUnit",
  badIncome: "rosterBadIncome",
  badArea: "rosterBadArea",
  badFlag: "rosterBadFlag",
} as const;

export function formatRosterProblem(p: RosterProblem, lang: Lang): string {
  return tSummary(lang, KEY[p.kind], { row: p.row, col: toColumnLetters(p.col), value: p.value });
}

/** Why a roster sheet could not be read. */
export function formatRosterFailure(r: Exclude<RosterParse, { ok: true }>, lang: Lang): string {
  if (r.reason === "NO_HEADER") return tSummary(lang, "rosterNoHeader");
  return tSummary(lang, "rosterMissingIndicators", {
    names: r.missing.map((id) => indicatorNames[lang][id]).join(", "),
  });
}
