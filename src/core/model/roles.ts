/** Column roles of the appendix table (DESIGN.md). */
export const COLUMN_ROLES = [
  "index",
  "unit",
  "population",
  "households",
  "poor",
  "poorRate",
  "nearPoor",
  "nearPoorRate",
  "poorCut",
  "poorCutRate",
  "nearPoorCut",
  "nearPoorCutRate",
  "projectedPoorRate",
  "projectedNearPoorRate",
] as const;

export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Roles that hold whole-number counts. */
export const COUNT_ROLES = [
  "population",
  "households",
  "poor",
  "nearPoor",
  "poorCut",
  "nearPoorCut",
] as const;
export type CountRole = (typeof COUNT_ROLES)[number];

/** Roles that hold rates in percent points. */
export const RATE_ROLES = [
  "poorRate",
  "nearPoorRate",
  "poorCutRate",
  "nearPoorCutRate",
  "projectedPoorRate",
  "projectedNearPoorRate",
] as const;
export type RateRole = (typeof RATE_ROLES)[number];

export function isCountRole(role: ColumnRole): role is CountRole {
  return (COUNT_ROLES as readonly string[]).includes(role);
}

export function isRateRole(role: ColumnRole): role is RateRole {
  return (RATE_ROLES as readonly string[]).includes(role);
}
