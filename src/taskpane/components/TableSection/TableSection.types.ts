import type { Lang } from "../../../core";
import type { ColumnRole, TableLayout } from "../../../core";
import type { ColumnChoice } from "../../hooks/columnChoices";
import type { DetectFailure } from "../../hooks/useWorkbook.types";

export type TableSectionProps = {
  readonly lang: Lang;
  readonly disabled: boolean;
  readonly loading: boolean;
  readonly tables: readonly TableLayout[];
  readonly tableIndex: number;
  readonly layout: TableLayout | null;
  readonly unitCount: number;
  /** Why no table was found (worded here, in the pane's language). */
  readonly detectFailure: DetectFailure | null;
  readonly choices: readonly ColumnChoice[];
  readonly onSelectTable: (index: number) => void;
  readonly onColumnChange: (role: ColumnRole, col: number | null) => void;
  readonly onRedetect: () => void;
};
