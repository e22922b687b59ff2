/** The appendix's own column roles ("giao chỉ tiêu", DESIGN.md), in table order. */
export const APPENDIX_ROLES = [
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
export type AppendixRole = (typeof APPENDIX_ROLES)[number];

/** The transitions table ("diễn biến hộ nghèo / cận nghèo", DESIGN.md): movements during the year. */
export const TRANSITION_ROLES = [
  "poorExited",
  "poorExitedRate",
  "poorReentered",
  "poorReenteredRate",
  "poorNew",
  "poorNewRate",
  "poorEnd",
  "poorEndRate",
  "nearPoorExited",
  "nearPoorExitedRate",
  "nearPoorReentered",
  "nearPoorReenteredRate",
  "nearPoorNew",
  "nearPoorNewRate",
  "nearPoorEnd",
  "nearPoorEndRate",
] as const;
export type TransitionRole = (typeof TRANSITION_ROLES)[number];

/** Every column role a table can have. */
export const COLUMN_ROLES = [...APPENDIX_ROLES, ...TRANSITION_ROLES] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Roles that hold whole-number counts. */
export const COUNT_ROLES = [
  "population",
  "households",
  "poor",
  "nearPoor",
  "poorCut",
  "nearPoorCut",
  "poorExited",
  "poorReentered",
  "poorNew",
  "poorEnd",
  "nearPoorExited",
  "nearPoorReentered",
  "nearPoorNew",
  "nearPoorEnd",
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
  "poorExitedRate",
  "poorReenteredRate",
  "poorNewRate",
  "poorEndRate",
  "nearPoorExitedRate",
  "nearPoorReenteredRate",
  "nearPoorNewRate",
  "nearPoorEndRate",
] as const;
export type RateRole = (typeof RATE_ROLES)[number];

export function isCountRole(role: ColumnRole): role is CountRole {
  return (COUNT_ROLES as readonly string[]).includes(role);
}

export function isRateRole(role: ColumnRole): role is RateRole {
  return (RATE_ROLES as readonly string[]).includes(role);
}
