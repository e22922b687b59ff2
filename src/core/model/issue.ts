import type { ColumnRole } from "./roles";

/** Issue codes are a stable public contract (DESIGN.md). */
export const ISSUE_CODES = [
  "MISSING_VALUE",
  "NOT_A_NUMBER",
  "NUMBER_AS_TEXT",
  "CELL_ERROR",
  "NEGATIVE_VALUE",
  "NOT_INTEGER",
  "POOR_EXCEEDS_HOUSEHOLDS",
  "HOUSEHOLDS_EXCEED_POPULATION",
  "CUT_EXCEEDS_POOR",
  "RATE_MISMATCH",
  "TOTAL_MISMATCH",
  "TOTALS_ROW_MISSING",
  "DUPLICATE_UNIT",
  "HOUSEHOLD_SIZE_UNUSUAL",
  "TARGET_MISMATCH",
  "LEGACY_ENCODING",
  "TRANSITION_MISMATCH",
  "SUBTOTAL_MISMATCH",
  "BREAKDOWN_EXCEEDS_PARENT",
  "RATE_SHOWN_AS_FRACTION",
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];
export type Severity = "error" | "warning";

/** One problem in the data. Data errors are values, never exceptions. Words come from messages.ts. */
export type Issue = {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address on its sheet, e.g. "F9". */
  readonly cell: string;
  readonly row: number;
  readonly col: number;
  readonly role: ColumnRole | null;
  /** What the cell holds (a number, the text, the error string, or null when empty). */
  readonly actual: number | string | boolean | null;
  readonly expected?: number;
  /** A value the officer may accept as the fix (e.g. 4 for "4 hộ"). */
  readonly suggestion?: number;
  /** Extra facts the message needs (unit name, other cell, limits). */
  readonly params?: Readonly<Record<string, string | number>>;
};
