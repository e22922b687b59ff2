import type { Lang } from "../../../core/messages/define";
import type { TableData, WorkbookHost } from "../../../core/model";

export type SummarySectionProps = {
  readonly host: WorkbookHost;
  readonly data: TableData | null;
  readonly lang: Lang;
  readonly busy: boolean;
  readonly onBusy: (busy: boolean, progress?: number) => void;
  /** Called after every write so the pane re-reads the workbook. */
  readonly onChanged: () => Promise<void>;
};
