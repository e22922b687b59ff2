import type { Lang } from "../../../core";
import type { Issue, TableData } from "../../../core";
import type { PendingWrite } from "../../hooks/useWorkbook";
import type { LivePhase } from "../../hooks/useLiveCheck";

export type CheckSectionProps = {
  readonly lang: Lang;
  readonly disabled: boolean;
  readonly data: TableData | null;
  /** null: not checked yet. */
  readonly issues: readonly Issue[] | null;
  /** The commune's targets the check compares with (typed in Tính toán; "" when not set or unusable). */
  readonly target: string;
  readonly nearPoorTarget?: string;
  readonly highlight: boolean;
  /** The live re-check: on after the first check ("off" before). */
  readonly live?: LivePhase;
  /** A write waiting for confirmation that this section asked for. */
  readonly pending: PendingWrite | null;
  /** Whether fixes write formulas (the Tính toán switch): the fix buttons say what they write. */
  readonly formulas: boolean;
  readonly onRunCheck: () => void;
  readonly onSelectIssue: (issue: Issue) => void;
  /** Write this issue's one-cell fix at once (one click; undoable). */
  readonly onFixIssue: (issue: Issue) => void;
  readonly onFixAll: () => void;
  readonly onHighlightChange: (on: boolean) => void;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
};
