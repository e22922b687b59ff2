/** A rectangle on a sheet, 1-based and inclusive: row 1 / col 1 is A1. */
export type RangeRef = {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
};

/** A cell position, 1-based. */
export type CellRef = { readonly row: number; readonly col: number };
