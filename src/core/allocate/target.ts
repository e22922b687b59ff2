import type { Lang } from "../messages/define";
import { formatNumber } from "../messages/formatNumber";
import { targetMessages } from "../messages/targets";
import { translator } from "../messages/define";
import type { TableData } from "../model/tableData";
import { round2, roundTo } from "../rates/computeRate";
import { readNumber } from "../validate/cellValues";

/** A commune target as the officer gives it: households ("10") or a rate in percent points of all households ("1,11%"). */
export type TargetInput =
  | { readonly kind: "households"; readonly households: number }
  | { readonly kind: "rate"; readonly rate: number };

/** A target turned into households, with the rate it stands for (null when the households are unknown). */
export type Target = {
  readonly households: number;
  readonly rate: number | null;
  /** How the officer gave it: the rate is then exactly what was given. */
  readonly given: "households" | "rate";
};

const HOUSEHOLDS_TEXT = /^\s*(\d{1,9})\s*(?:hộ|ho)?\s*$/iu;
const RATE_TEXT = /^\s*(\d{1,3}(?:[.,]\d{1,6})?)\s*%\s*$/u;

/**
 * Read a target typed by the officer: a whole number of households, or a rate with "%" and a decimal comma or point.
 * Returns null for anything else (a fraction of a household, a rate above 100 %, text).
 * @example parseTargetText("1,11%") // { kind: "rate", rate: 1.11 }
 * @example parseTargetText("10") // { kind: "households", households: 10 }
 */
export function parseTargetText(text: string): TargetInput | null {
  const h = HOUSEHOLDS_TEXT.exec(text);
  if (h) return { kind: "households", households: Number(h[1]) };
  const r = RATE_TEXT.exec(text);
  if (!r) return null;
  const rate = Number((r[1] as string).replace(",", "."));
  return Number.isFinite(rate) && rate <= 100 ? { kind: "rate", rate } : null;
}

/**
 * Turn a target into households (DESIGN.md): a rate becomes round-half-up(rate × total households / 100); a count of
 * households keeps its number and gets the rate it stands for (rounded to 2 decimals).
 * @example resolveTarget({ kind: "rate", rate: 1.37 }, 729) // { households: 10, rate: 1.37, given: "rate" }
 */
export function resolveTarget(input: TargetInput, totalHouseholds: number | undefined): Target {
  const total = totalHouseholds !== undefined && totalHouseholds > 0 ? totalHouseholds : undefined;
  if (input.kind === "households") {
    return {
      households: input.households,
      rate: total === undefined ? null : round2((input.households / total) * 100),
      given: "households",
    };
  }
  return {
    households: total === undefined ? Number.NaN : roundTo((input.rate * total) / 100, 0),
    rate: input.rate,
    given: "rate",
  };
}

/** All households of the unit rows, or undefined when a households cell cannot be read. */
export function sumHouseholds(data: TableData): number | undefined {
  let total = 0;
  for (const u of data.units) {
    const n = readNumber(u.cells.households);
    if (n === undefined || !(n >= 0)) return undefined;
    total += n;
  }
  return data.units.length > 0 ? total : undefined;
}

const t = translator(targetMessages);

/**
 * A target in the plan's words, both numbers the way the seed states them.
 * @example formatTarget({ households: 16, rate: 1.11, given: "rate" }, "vi") === "giảm 1,11%, tương ứng 16 hộ"
 */
export function formatTarget(target: Target, lang: Lang): string {
  const households = formatNumber(target.households, lang);
  if (target.rate === null) return t(lang, "targetHouseholdsOnly", { households });
  return t(lang, "targetBoth", { rate: formatNumber(target.rate, lang, 2), households });
}
