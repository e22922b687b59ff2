import type { Lang } from "../../../core";
import type { Grid } from "../../../core";

export type GridViewProps = {
  readonly lang: Lang;
  readonly grid: Grid | null;
  /** The selected cell's A1 address on this sheet, if any. */
  readonly selected: string | null;
  readonly highlighted: ReadonlySet<string>;
  /** Cells the last write (or edit) changed: shown so the officer sees what a write did. */
  readonly written?: ReadonlySet<string>;
  /** The officer committed an edit (Enter, or leaving the cell); absent: the grid is read-only. */
  readonly onEdit?: (address: string, text: string) => void;
};
