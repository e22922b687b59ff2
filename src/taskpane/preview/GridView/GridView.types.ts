import type { Lang } from "../../../core";
import type { Grid } from "../../../core";

export type GridViewProps = {
  readonly lang: Lang;
  readonly grid: Grid | null;
  /** The selected cell's A1 address on this sheet, if any. */
  readonly selected: string | null;
  readonly highlighted: ReadonlySet<string>;
};
