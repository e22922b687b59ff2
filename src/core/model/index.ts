export type { RangeRef, CellRef } from "./address";
export type { CellError, RawValue, Scalar } from "./cell";
export { EXCEL_ERRORS, isCellError } from "./cell";
export type { Grid } from "./grid";
export type { LegacyCell, LegacyEncoding } from "./legacy";
export type { AppendixRole, ColumnRole, CountRole, RateRole, TransitionRole } from "./roles";
export {
  APPENDIX_ROLES,
  TRANSITION_ROLES,
  COLUMN_ROLES,
  COUNT_ROLES,
  RATE_ROLES,
  isCountRole,
  isRateRole,
} from "./roles";
export type {
  BreakdownRef,
  ColumnMap,
  DetectFailureReason,
  DetectResult,
  SkippedRow,
  SkippedRowKind,
  TableGroup,
  TableLayout,
} from "./table";
export type { Issue, IssueCode, Severity } from "./issue";
export { ISSUE_CODES } from "./issue";
export type {
  PlanCell,
  CellStyle,
  CellWrite,
  ValidationSpec,
  ChartSpec,
  SheetPlan,
  WritePlan,
  PrintSetup,
} from "./plan";
export type {
  WorkbookHost,
  OfficerActions,
  ApplyResult,
  CellsChanged,
  HostInfo,
  ProbeOptions,
  SheetProbe,
  WorkbookProbe,
} from "./host";
export type { Result } from "./result";
export type {
  ParsedCell,
  RowCells,
  UnitRow,
  TableData,
  RateStorage,
  LegacyText,
  GroupData,
  BreakdownRow,
} from "./tableData";
export type { HostErrorCode } from "./hostError";
export { HostError, isHostError } from "./hostError";
