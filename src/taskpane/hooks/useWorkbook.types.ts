import type {
  AllocationMethod,
  ApplyResult,
  ColumnRole,
  DetectResult,
  Grid,
  Issue,
  LegacyEncoding,
  TableData,
  TableLayout,
  WritePlan,
} from "../../core";
import type { AllocationRow } from "./allocationPreview";
import type { ColumnChoice } from "./columnChoices";
import type { Notice } from "./notice";
import type { PlanPreview } from "./planPreview";
import type { LivePhase } from "./useLiveCheck";

export type { AllocationMethod };

export type WriteAction = "fix" | "fixIssue" | "fillRates" | "allocate" | "unicode" | "province";

export type DetectFailure = {
  readonly result: Extract<DetectResult, { ok: false }>;
  readonly sheet: string;
};

/** A plan waiting for the officer's confirmation, with what it will change. */
export type PendingWrite = {
  readonly action: WriteAction;
  readonly origin: "check" | "compute" | "legacy" | "province";
  readonly plan: WritePlan;
  readonly preview: PlanPreview;
  /** Only for "allocate": the new cut of every village. */
  readonly allocation: {
    readonly rows: readonly AllocationRow[];
    readonly total: Omit<AllocationRow, "row" | "name">;
  } | null;
};

export type LegacyState = { readonly encoding: LegacyEncoding; readonly cells: number };

export type WorkbookState = {
  readonly loading: boolean;
  readonly tables: readonly TableLayout[];
  readonly detectFailure: DetectFailure | null;
  readonly tableIndex: number;
  readonly layout: TableLayout | null;
  readonly choices: readonly ColumnChoice[];
  readonly data: TableData | null;
  /** The sheet `data` was read from, as read (the Tổng hợp tab finds the plan year in its titles). */
  readonly grid: Grid | null;
  /** null until the officer runs the check. */
  readonly issues: readonly Issue[] | null;
  /** The commune's poor-household target (households "10" or a rate "1,37%"): one for check, allocation, narrative. */
  readonly target: string;
  /** Why the target cannot be used (not a target, or above the poor households), found as it is typed. */
  readonly targetProblem: Notice | null;
  /** The near-poor target, like `target` (offered only when the table has near-poor columns). */
  readonly nearPoorTarget: string;
  readonly nearPoorTargetProblem: Notice | null;
  readonly highlight: boolean;
  readonly formulas: boolean;
  readonly pending: PendingWrite | null;
  readonly allocationError: Notice | null;
  readonly busy: boolean;
  readonly progress: number | undefined;
  readonly status: Notice | null;
  readonly error: Notice | null;
  readonly undoDepth: number;
  /** The workbook's text in an old 8-bit encoding (read decoded; LEGACY_ENCODING), or null when there is none. */
  readonly legacy: LegacyState | null;
  /** What the next undo undoes (null: nothing, or a step this pane did not make). */
  readonly undoLabel: Notice | null;
  /** The live re-check while the officer edits the table (after the first check). */
  readonly live: LivePhase;
};

/** What the allocation form asks for: the method and typed locks by row (the targets are the commune's). */
export type AllocationRequest = {
  readonly method: AllocationMethod;
  readonly locks?: Readonly<Record<number, string>>;
};

export type WorkbookActions = {
  redetect(): Promise<void>;
  selectTable(index: number): void;
  setColumn(role: ColumnRole, col: number | null): Promise<void>;
  setTarget(text: string): void;
  setNearPoorTarget(text: string): void;
  runCheck(): Promise<void>;
  selectIssue(issue: Issue): Promise<void>;
  setHighlight(on: boolean): Promise<void>;
  setFormulas(on: boolean): void;
  requestFixAll(): void;
  /** Write the one-cell fix of this issue at once (one undo step), then check again. */
  fixIssue(issue: Issue): Promise<void>;
  requestFillRates(): void;
  /** Resolves once the preview (or the reason there is none) is in the state. */
  previewAllocation(request: AllocationRequest): Promise<void>;
  confirmWrite(): Promise<void>;
  cancelWrite(): void;
  undo(): Promise<void>;
  /** Re-read the table after someone else (the summary tab) wrote to the workbook. */
  refresh(): Promise<void>;
  setBusy(busy: boolean, progress?: number): void;
  /**
   * Write a plan built elsewhere (the Tổng hợp tab) as one undo step labelled `label`, then re-read the table.
   * Rejects with the host's error; nothing is written then.
   */
  applyPlan(plan: WritePlan, label: Notice): Promise<ApplyResult>;
  /** Put a sentence on the pane's one status line (replacing whatever it said). */
  announce(n: Notice): void;
  /** Show a failure in the error bar (host errors in the pane's language). */
  reportError(e: unknown): void;
  listSheets(): Promise<readonly string[]>;
  /** Sheets this add-in generated, by their marker (as last read; it survives renaming): sheet → "summary" … */
  generatedSheets(): ReadonlyMap<string, string>;
  /** Read a sheet other than the table's (the household list). */
  readSheet(sheet: string): Promise<Grid>;
  loadSetting(key: string): Promise<string | null>;
  saveSetting(key: string, value: string): Promise<void>;
  dismissError(): void;
  /** Preview converting every sheet's TCVN3 / VNI text to Unicode (and its fonts to Times New Roman). */
  requestUnicode(): Promise<void>;
};
