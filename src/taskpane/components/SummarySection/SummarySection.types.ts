import type { Lang } from "../../../core";
import type { Grid, TableData, TableLayout } from "../../../core";
import type { SummaryActions, useSummary } from "../../hooks/useSummary";

export type SummarySectionProps = {
  /** The pane's actions this tab uses (never the host itself): reads, settings, labelled writes, status. */
  readonly actions: SummaryActions;
  readonly data: TableData | null;
  /** The grid `data` was read from (its title rows give the plan year and whether it is a ward); already read by the pane. */
  readonly grid: Grid | null;
  readonly lang: Lang;
  readonly busy: boolean;
  readonly onBusy: (busy: boolean, progress?: number) => void;
  /** The commune's targets typed in Kiểm tra (households or rates): rates are also stated in the ward form a)–b). */
  readonly targets?: { readonly poor: string; readonly nearPoor: string };
  /** Every detected table: a near-poor table on a sheet of its own feeds the narrative's near-poor sentences. */
  readonly tables?: readonly TableLayout[];
};

/** What each card of the tab gets: the tab's state and actions, the language, and whether it may act. */
export type SummaryCardProps = {
  readonly s: ReturnType<typeof useSummary>;
  readonly lang: Lang;
  readonly busy: boolean;
  /** A table is read and its figures are readable: the sheets can be built. */
  readonly ready: boolean;
};
