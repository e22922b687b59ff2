import type { Lang } from "../../../core";

export type PreviousYearField = "previousPoor" | "previousNearPoor" | "nearPoor";

export type PreviousYearFieldsProps = {
  readonly lang: Lang;
  readonly disabled: boolean;
  readonly values: Readonly<Record<PreviousYearField, string>>;
  readonly invalid: Readonly<Record<PreviousYearField, boolean>>;
  /** What opening last year's plan said, already worded. */
  readonly message: string | null;
  readonly onChange: (field: PreviousYearField, text: string) => void;
  /** The officer picked last year's plan (.xlsx). */
  readonly onOpenPreviousPlan: (file: File) => void;
};
