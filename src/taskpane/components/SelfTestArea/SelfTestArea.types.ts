import type { Lang } from "../../../core";

export type SelfTestAreaProps = {
  readonly lang: Lang;
  readonly disabled: boolean;
  readonly running: boolean;
  /** The report, one line per scenario (empty before the first run). */
  readonly lines: readonly string[];
  readonly copied: boolean;
  readonly onRun: () => void;
  readonly onCopy: () => void;
};
