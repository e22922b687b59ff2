import type { Lang } from "../../../core";

export type SlowConnectionProps = {
  readonly lang: Lang;
  /** Load the pane again (the page reload). */
  readonly onRetry: () => void;
};
