import type { Lang } from "../../../core";
import type { Grid, TableData, WorkbookHost } from "../../../core";

export type SummarySectionProps = {
  readonly host: WorkbookHost;
  readonly data: TableData | null;
  /** The grid `data` was read from (its title rows give the plan year and whether it is a ward); already read by the pane. */
  readonly grid: Grid | null;
  readonly lang: Lang;
  readonly busy: boolean;
  readonly onBusy: (busy: boolean, progress?: number) => void;
  /** Called after every write so the pane re-reads the workbook. */
  readonly onChanged: () => Promise<void>;
  /** The commune's targets typed in Kiểm tra (households or rates): rates are also stated in the ward form a)–b). */
  readonly targets?: { readonly poor: string; readonly nearPoor: string };
};
