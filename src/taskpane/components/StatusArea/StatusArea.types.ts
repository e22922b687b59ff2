import type { Lang } from "../../../core";
import type { Notice } from "../../hooks/notice";

export type StatusAreaProps = {
  readonly lang: Lang;
  readonly busy: boolean;
  /** 0..1, or undefined for an indeterminate bar. */
  readonly progress: number | undefined;
  readonly status: Notice | null;
  readonly error: Notice | null;
  readonly onDismissError: () => void;
};
