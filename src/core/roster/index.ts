export type {
  RosterRow,
  RosterProblem,
  RosterProblemKind,
  RosterColumns,
  RosterParse,
  HouseholdClass,
  UnitTally,
  AlkireFoster,
  RosterSummary,
} from "./types";
export { parseRoster } from "./parseRoster";
export { classifyHousehold } from "./classifyHousehold";
export type { ClassifyProgress } from "./classifyRoster";
export { classifyRoster, classifyRosterSteps, DEFAULT_CHUNK } from "./classifyRoster";
export type { RosterMatch } from "./matchRosterUnits";
export { matchRosterUnits, toDeprivationCounts } from "./matchRosterUnits";
export type { CountChange } from "./buildRosterCountsPlan";
export { buildRosterCountsPlan } from "./buildRosterCountsPlan";
export { formatRosterProblem, formatRosterFailure } from "./formatRosterProblem";
