import type { Area, PovertyStandard } from "../standards/types";
import type { HouseholdClass } from "./types";

/**
 * Classify one household by a standard: income ≤ line and ≥ threshold deprivations → poor; income ≤ line and
 * fewer → near-poor; income ≤ the average-living-standard line (07/2021, or one set by the officer) → average;
 * else not poor.
 * @example classifyHousehold(1_500_000, "rural", 3, ND07_2021) === "poor"
 * @example classifyHousehold(1_500_001, "rural", 12, ND07_2021) === "average"
 */
export function classifyHousehold(
  income: number,
  area: Area,
  deprivations: number,
  standard: PovertyStandard
): HouseholdClass {
  if (income <= standard.incomeLines.value[area]) {
    return deprivations >= standard.deprivationThreshold.value ? "poor" : "nearPoor";
  }
  const avg = standard.averageLines.value;
  if (avg !== null && income <= avg[area]) return "average";
  return "notPoor";
}
