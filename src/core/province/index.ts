export type {
  AssignedTarget,
  CommuneCounts,
  CommuneLine,
  CommuneProblem,
  CommuneReading,
  CommuneStatus,
  Consolidation,
  FileProblem,
  NameSource,
  TargetCheck,
} from "./types";
export { readCommune } from "./readCommune";
export { sumCommune, addCounts } from "./communeCounts";
export {
  findCommuneName,
  placeInText,
  nameFromFile,
  communeKey,
  compareCommuneNames,
} from "./communeName";
export { readTargets } from "./readTargets";
export type { TargetsReading } from "./readTargets";
export { consolidate, ratesOf } from "./consolidate";
export type { CommuneRates } from "./consolidate";
export { describeProblem, describeFileProblem, describeStatus } from "./describeProblem";
export { buildConsolidationPlan } from "./buildConsolidationPlan";
export type { ConsolidationPlan } from "./buildConsolidationPlan";
export { baseName } from "./buildFileStatusPlan";
export { PROVINCE_HEADER_ROW, PROVINCE_FIRST_ROW } from "./sheetParts";
export { consolidationToJson } from "./consolidationToJson";
export type { ConsolidationJson, CommuneJson, FiguresJson } from "./consolidationToJson";
