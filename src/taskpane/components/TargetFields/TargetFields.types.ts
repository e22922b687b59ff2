import type { Lang } from "../../../core";

export type TargetFieldsProps = {
  readonly lang: Lang;
  readonly disabled: boolean;
  /** Poor-household target text: households ("10") or a rate ("1,37%"). */
  readonly poor: string;
  readonly nearPoor: string;
  /** What each target stands for ("giảm 1,37%, tương ứng 10 hộ"), when it can be worked out. */
  readonly poorMeans: string | null;
  readonly nearPoorMeans: string | null;
  readonly poorInvalid: boolean;
  readonly nearPoorInvalid: boolean;
  readonly onPoorChange: (text: string) => void;
  readonly onNearPoorChange: (text: string) => void;
  /** Prefix for the inputs' ids (two forms on one page). */
  readonly idPrefix: string;
};
