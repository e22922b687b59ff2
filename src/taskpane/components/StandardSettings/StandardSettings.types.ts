import type { Lang } from "../../../core";
import type { useSummary } from "../../hooks/useSummary";

export type StandardSettingsProps = {
  readonly lang: Lang;
  readonly busy: boolean;
  /** The Tổng hợp tab's state: the plan year, the standard, its lines and what is not yet confirmed. */
  readonly s: ReturnType<typeof useSummary>;
};
