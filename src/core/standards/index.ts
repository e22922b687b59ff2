export type {
  Area,
  StandardId,
  Sourced,
  DimensionId,
  IndicatorId,
  IndicatorSpec,
  IncomeLines,
  PovertyStandard,
} from "./types";
export { ND07_2021 } from "./nd07_2021";
export { ND351_2025 } from "./nd351_2025";
export {
  STANDARDS,
  standardForYear,
  standardById,
  NoStandardForYearError,
} from "./standardForYear";
export type { StandardSettings } from "./applyStandardSettings";
export {
  applyStandardSettings,
  parseStandardSettings,
  ConfirmedValueError,
} from "./applyStandardSettings";
export type { UnconfirmedItem } from "./unconfirmed";
export { listUnconfirmed, isIndicatorUnconfirmed } from "./unconfirmed";
export { formatUnconfirmed } from "./formatUnconfirmed";
