export type { SummaryPlanOptions, SummaryPlanResult, PreviousYear } from "./buildSummaryPlan";
export { buildSummaryPlan, SUMMARY_HEADER_ROW } from "./buildSummaryPlan";
export type {
  Figures,
  UnitFigures,
  CommuneFigures,
  CountSource,
  GroupFigures,
} from "./readFigures";
export { readFigures, missingSummaryColumns } from "./readFigures";
export { uniqueSheetName } from "./uniqueSheetName";
export type {
  DeprivationCounts,
  IndicatorTargets,
  DeprivationPlanOptions,
  DeprivationPlanResult,
} from "./buildDeprivationPlan";
export {
  buildDeprivationPlan,
  remainingToTarget,
  PHO_MINH_TARGETS,
  DEPRIVATION_LAYOUT,
} from "./buildDeprivationPlan";
export {
  PRINT_MARGINS,
  MIN_PRINT_SCALE,
  columnPixels,
  printableWidthPx,
  effectiveScale,
} from "./printScale";
