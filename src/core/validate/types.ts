import type { IssueCode, Severity } from "../model/issue";
import type { ColumnRole, CountRole } from "../model/roles";
import type { RowCells, TableData } from "../model/tableData";

export type ValidateOptions = {
  /** The commune's target: the number of poor households to cut this year. */
  readonly target?: number;
  /** The rate the target was given as (percent points), stated beside the households in the message. */
  readonly targetRate?: number;
  /** The commune's near-poor target in households (a rate is first turned into households: resolveTarget). */
  readonly nearPoorTarget?: number;
  readonly nearPoorTargetRate?: number;
};

/** A row as the rules see it: a unit row or the totals row. */
export type RowView = {
  readonly row: number;
  readonly name: string;
  readonly isTotals: boolean;
  readonly cells: RowCells;
};

/** What every rule gets: the table, its rows, and the sums of the data rows per count column. */
export type ValidationContext = {
  readonly data: TableData;
  readonly options: ValidateOptions;
  readonly units: readonly RowView[];
  /** Unit rows plus the totals row (if any). */
  readonly rows: readonly RowView[];
  /** Sum of a count column over the unit rows; undefined when any of its cells is unreadable or empty. */
  readonly sum: (role: CountRole) => number | undefined;
};

/** What a rule reports; validateTable adds code, severity, sheet, address and column. */
export type IssueDraft = {
  readonly row: number;
  readonly role: ColumnRole;
  readonly actual: number | string | boolean | null;
  readonly expected?: number;
  readonly suggestion?: number;
  readonly params?: Readonly<Record<string, string | number>>;
};

export type ValidationRule = {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly check: (ctx: ValidationContext) => readonly IssueDraft[];
};
