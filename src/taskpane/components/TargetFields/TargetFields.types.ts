import type { Lang } from "../../../core";

export type TargetFieldsProps = {
  readonly lang: Lang;
  readonly disabled: boolean;
  /** Poor-household target text: households ("10") or a rate ("1,37%"). */
  readonly poor: string;
  readonly nearPoor: string;
  /** Whether to offer the near-poor target (the table has near-poor columns). */
  readonly showNearPoor: boolean;
  /** What each target stands for ("giảm 1,37%, tương ứng 10 hộ"), when it can be worked out. */
  readonly poorMeans: string | null;
  readonly nearPoorMeans: string | null;
  /** Why each target cannot be used, in the pane's language, or null. */
  readonly poorProblem: string | null;
  readonly nearPoorProblem: string | null;
  readonly onPoorChange: (text: string) => void;
  readonly onNearPoorChange: (text: string) => void;
};
