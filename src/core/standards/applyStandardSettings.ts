import { UsageError } from "../errors";
import type { IncomeLines, PovertyStandard } from "./types";

/** Officer-set values for what the decree text we hold does not confirm. */
export type StandardSettings = {
  /** Average-living-standard upper line (unknown for 351/2025); null removes it. */
  readonly averageLines?: IncomeLines | null;
};

/** Thrown when a setting tries to replace a value the decree confirms. */
export class ConfirmedValueError extends UsageError {}

/**
 * Replace unconfirmed defaults with the officer's values; the result marks them `overridden`.
 * @example applyStandardSettings(ND351_2025, { averageLines: { rural: 3_300_000, urban: 4_200_000 } })
 * @throws ConfirmedValueError when a setting targets a confirmed value
 */
export function applyStandardSettings(
  standard: PovertyStandard,
  settings: StandardSettings
): PovertyStandard {
  if (settings.averageLines === undefined) return standard;
  if (standard.averageLines.confirmed)
    throw new ConfirmedValueError(`${standard.id}: average lines are confirmed`);
  const lines = settings.averageLines;
  if (lines !== null) {
    const income = standard.incomeLines.value;
    if (!(lines.rural > income.rural && lines.urban > income.urban)) {
      throw new UsageError("average lines must be above the poverty income lines");
    }
  }
  return { ...standard, averageLines: { value: lines, confirmed: false, overridden: true } };
}

/** Parse settings saved as JSON (host.loadSetting); anything malformed is ignored (returns {}). */
export function parseStandardSettings(json: string | null): StandardSettings {
  if (!json) return {};
  try {
    const raw: unknown = JSON.parse(json);
    if (typeof raw !== "object" || raw === null) return {};
    const avg = (raw as { averageLines?: unknown }).averageLines;
    if (avg === null) return { averageLines: null };
    if (typeof avg === "object" && avg !== null) {
      const { rural, urban } = avg as { rural?: unknown; urban?: unknown };
      if (typeof rural === "number" && typeof urban === "number" && rural > 0 && urban > 0) {
        return { averageLines: { rural, urban } };
      }
    }
    return {};
  } catch {
    return {};
  }
}
