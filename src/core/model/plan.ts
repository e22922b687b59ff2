import type { RangeRef } from "./address";
import type { Scalar } from "./cell";

/** What to put in a cell: a plain value (text is always written as text, never as a formula) or a formula. */
export type PlanCell =
  | { readonly value: Scalar }
  /** `formula` starts with "="; `result` is the value the engine expects, written as the cached result where the host can. */
  | { readonly formula: string; readonly result?: Scalar };

export type CellStyle = {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Fill colour "#RRGGBB". */
  readonly fill?: string;
  readonly fontColor?: string;
  /** Font family, e.g. "Times New Roman" (printed plans; legacy .VnTime text converted to Unicode). */
  readonly fontName?: string;
  /** Font size in points. */
  readonly fontSize?: number;
  readonly horizontal?: "left" | "center" | "right";
  readonly wrap?: boolean;
  /** Thin border on all four sides. */
  readonly border?: boolean;
};

/** One cell to change. Anything not given stays as it is. */
export type CellWrite = {
  readonly row: number;
  readonly col: number;
  readonly cell?: PlanCell;
  readonly numberFormat?: string;
  readonly style?: CellStyle;
};

/** Excel data validation: a whole number between min and max on every cell of `range`. */
export type ValidationSpec = {
  readonly range: RangeRef;
  readonly type: "whole" | "decimal";
  readonly min: number;
  readonly max: number;
  /** Short Vietnamese prompt / error text shown by Excel. */
  readonly prompt?: string;
  readonly errorMessage?: string;
};

/** A chart the Excel host inserts (the xlsx host cannot write charts; the pane draws SVG instead). */
export type ChartSpec = {
  readonly kind: "columnClustered";
  readonly title: string;
  /** Category labels (unit names), a single column. */
  readonly categories: RangeRef;
  readonly series: readonly { readonly name: string; readonly values: RangeRef }[];
  /** Where to place the chart on the sheet. */
  readonly anchor: RangeRef;
};

/** All changes to one sheet. */
export type SheetPlan = {
  readonly sheet: string;
  /** true: the sheet must not exist yet and is created (core picks a unique name). */
  readonly create?: boolean;
  readonly writes: readonly CellWrite[];
  readonly merges?: readonly RangeRef[];
  readonly columnWidths?: readonly { readonly col: number; readonly width: number }[];
  readonly validations?: readonly ValidationSpec[];
  readonly charts?: readonly ChartSpec[];
  /** Freeze panes below this row (e.g. the header). */
  readonly freezeRows?: number;
};

/** Everything one user action writes; a host applies it in one batch, after a snapshot for undo. */
export type WritePlan = {
  /** Short id of the action ("fix", "allocate", "summary", …) — used to label the undo step. */
  readonly action: string;
  readonly sheets: readonly SheetPlan[];
};
