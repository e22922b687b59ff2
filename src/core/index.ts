/**
 * The engine's only public entry (STYLE.md): pure functions over plain data. Other helpers may append
 * `export * from "./summary"`-style lines at the end.
 */
export * from "./model";
export { readWorkbook, STARTUP_PROBE } from "./workbook/readWorkbook";
export {
  runSelfTest,
  formatSelfTest,
  selfTestPassed,
  selfTestToJson,
  SCENARIOS,
  SELFTEST_SHEET,
} from "./selftest/selfTest";
export type { SelfTestReport, ScenarioResult, ScenarioId, SelfTestJson } from "./selftest/selfTest";
export { selfTestMessages } from "./messages/selftest";
export type { WorkbookRead } from "./workbook/readWorkbook";
export {
  toA1,
  fromA1,
  toColumnLetters,
  fromColumnLetters,
  rangeToA1,
  rangeFromA1,
  quoteSheetName,
} from "./address";
export { UsageError, InvalidAddressError } from "./errors";
export type { Lang, MessageParams, Template, Catalog } from "./messages/define";
export { defineMessages, translator, renderTemplate } from "./messages/define";
export { formatNumber } from "./messages/formatNumber";
export { issueMessages, roleMessages, detectMessages, allocationMessages } from "./messages/issues";
export type { SummaryMessageKey } from "./messages/summary";
export {
  summaryMessages,
  tSummary,
  indicatorNames,
  dimensionNames,
  standardName,
} from "./messages/summary";

export { normalizeText, toMatchKey } from "./text/normalizeText";
export { parseNumberText, findLeadingNumber } from "./parse/parseNumberText";
export type { NumberKind } from "./parse/parseNumberText";
export { parseCell, isPercentFormat } from "./parse/parseCell";
export { detectTables } from "./detect/detectTables";
export { relayoutTable } from "./detect/relayoutTable";
export { readTable } from "./read/readTable";
export { validateTable } from "./validate/validateTable";
export { readNumber } from "./validate/cellValues";
export type { ValidateOptions } from "./validate/types";
export { round2, roundTo, computeRate, isRateAgreeing, RATE_TOLERANCE } from "./rates/computeRate";
export { RATE_DEFINITIONS, listRateInputs } from "./rates/rateDefinitions";
export type { RateDefinition } from "./rates/rateDefinitions";
export { formatIssue, formatValue } from "./report/formatIssue";
export * from "./standards";
export * from "./summary";
export * from "./roster";
export * from "./narrative";
export { formatDetectFailure } from "./report/formatDetectFailure";
export { formatAllocationFailure } from "./report/formatAllocationFailure";
export { decimalsOfFormat } from "./report/decimalsOfFormat";
export { issueToJson } from "./report/issueToJson";
export type { IssueJson } from "./report/issueToJson";
export { tableToJson } from "./report/tableToJson";
export type { TableJson, UnitJson } from "./report/tableToJson";
export { buildFixPlan } from "./fix/buildFixPlan";
export type { FixOptions } from "./fix/buildFixPlan";
export { buildIssueFix } from "./fix/buildIssueFix";
export { buildTotalsFix } from "./fix/buildTotalsFix";
export { pruneUnchanged, changeKey } from "./fix/pruneUnchanged";
export type { CellChangeKind, PrunedPlan } from "./fix/pruneUnchanged";
export { buildUnitSum } from "./fix/sumOverUnits";
export { allocateTarget } from "./allocate/allocateTarget";
export { buildAllocationPlan, buildAllocationsPlan } from "./allocate/buildAllocationPlan";
export type { AllocationPart, AllocationPlanOptions } from "./allocate/buildAllocationPlan";
export { parseTargetText, resolveTarget, sumHouseholds, formatTarget } from "./allocate/target";
export type { TargetInput, Target } from "./allocate/target";
export { targetMessages } from "./messages/targets";
export { shareProportionally } from "./allocate/shareProportionally";
export { shareByHighestRate } from "./allocate/shareByHighestRate";
export type {
  AllocationMethod,
  AllocationFailure,
  AllocationOptions,
  AllocationResult,
  AllocationSubject,
  UnitCut,
  UnitLock,
} from "./allocate/types";
export { decodeLegacyGrid } from "./encoding/decodeLegacyGrid";
export { inTableBody } from "./grid/inTableBody";
export type { LegacyDecoding } from "./encoding/decodeLegacyGrid";
export { buildUnicodePlan, UNICODE_FONT } from "./encoding/buildUnicodePlan";
export type { UnicodeConversion } from "./encoding/buildUnicodePlan";
export {
  decodeTcvn3,
  decodeVni,
  decodeLegacyText,
  encodeTcvn3,
  encodeVni,
} from "./encoding/legacyCodec";
export { legacyFont } from "./encoding/legacyFont";
export type { LegacyFont } from "./encoding/types";
export { isTransitionsTable } from "./transitions/isTransitionsTable";
export { readTransitionFigures } from "./transitions/readTransitionFigures";
export type { TransitionFigures, Movements } from "./transitions/readTransitionFigures";
export { narrativeMessages, tNarrative } from "./messages/narrative";
export * from "./province";
export { provinceMessages, tProvince } from "./messages/province";
export * from "./undo";
