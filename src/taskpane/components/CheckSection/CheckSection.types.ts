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
  readonly target: string;
  readonly targetInvalid: boolean;
  /** The near-poor target (households or a rate); absent: the field is not shown. */
  readonly nearPoorTarget?: string;
  readonly nearPoorTargetInvalid?: boolean;
  readonly onNearPoorTargetChange?: (text: string) => void;
  readonly highlight: boolean;
  /** The live re-check: on after the first check ("off" before). */
  readonly live?: LivePhase;
  /** A write waiting for confirmation that this section asked for. */
  readonly pending: PendingWrite | null;
  /** The issue's sentence in the pane's language (default: the engine's formatIssue). */
  readonly describe?: (issue: Issue) => string;
  readonly canFix: (issue: Issue) => boolean;
  readonly onTargetChange: (text: string) => void;
  readonly onRunCheck: () => void;
  readonly onSelectIssue: (issue: Issue) => void;
  readonly onFixIssue: (issue: Issue) => void;
  readonly onFixAll: () => void;
  readonly onHighlightChange: (on: boolean) => void;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
};
