import type { Grid } from "../model/grid";
import type { CellWrite, SheetPlan, WritePlan } from "../model/plan";
import type { RawValue } from "../model/cell";

/** How a written cell differs from what it holds now. */
export type CellChangeKind =
  /** A new value (or a value where the cell was empty, or on a created sheet). */
  | "value"
  /** The same number, but stored as text now ("98" → 98): the value a formula sees changes. */
  | "textToNumber"
  /** A formula is written, replaces a value, or replaces another formula. */
  | "formula"
  /** Only the number format changes. */
  | "format";

export type PrunedPlan = {
  /** The plan without the writes that would leave a cell exactly as it is (null: nothing at all changes). */
  readonly plan: WritePlan | null;
  /** Kind of change per remaining cell write, keyed "Sheet!A1". */
  readonly kinds: ReadonlyMap<string, CellChangeKind>;
  /** Cells whose content (value, formula or number format) changes. */
  readonly changed: number;
};

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function blank(v: RawValue | undefined): boolean {
  return v === null || v === undefined || v === "";
}

/** What writing `w` does to the cell that holds `before` / `formula` / `format` now (null: nothing). */
function changeOf(
  w: CellWrite,
  before: RawValue | undefined,
  formula: string | null,
  format: string
): CellChangeKind | null {
  const c = w.cell;
  if (c) {
    if ("formula" in c) {
      if (formula === null || formula.replace(/\s+/g, "") !== c.formula.replace(/\s+/g, ""))
        return "formula";
    } else {
      if (formula !== null) return "value";
      const after = c.value;
      if (blank(after) !== blank(before)) return "value";
      if (!blank(after)) {
        if (typeof after === "number" && typeof before === "number") {
          if (!sameNumber(after, before)) return "value";
        } else if (typeof after === "number" && typeof before === "string") {
          const n = Number(before.trim().replace(",", "."));
          return Number.isFinite(n) && sameNumber(n, after) ? "textToNumber" : "value";
        } else if (after !== before) return "value";
      }
    }
  }
  if (w.numberFormat !== undefined && w.numberFormat !== format) return "format";
  if (w.style !== undefined) return "format";
  return null;
}

/**
 * Drop the writes of `plan` that would leave a cell exactly as it is, so a preview never offers (and undo never
 * records) a write that changes nothing. Sheets the plan creates are kept whole; so are merges, widths,
 * validations, charts and freezes of an existing sheet (they are not compared).
 */
export function pruneUnchanged(
  plan: WritePlan,
  gridOf: (sheet: string) => Grid | undefined
): PrunedPlan {
  const kinds = new Map<string, CellChangeKind>();
  const sheets: SheetPlan[] = [];
  for (const sp of plan.sheets) {
    const grid = sp.create ? undefined : gridOf(sp.sheet);
    const writes = sp.writes.filter((w) => {
      const key = `${sp.sheet}!${w.row},${w.col}`;
      if (!grid) {
        if (w.cell) kinds.set(key, "value");
        return true;
      }
      const i = w.row - grid.top;
      const j = w.col - grid.left;
      const kind = changeOf(
        w,
        grid.values[i]?.[j],
        grid.formulas[i]?.[j] ?? null,
        grid.numberFormats[i]?.[j] ?? "General"
      );
      if (kind !== null) kinds.set(key, kind);
      return kind !== null;
    });
    const other =
      sp.create === true ||
      (sp.merges?.length ?? 0) > 0 ||
      (sp.columnWidths?.length ?? 0) > 0 ||
      (sp.validations?.length ?? 0) > 0 ||
      (sp.charts?.length ?? 0) > 0 ||
      sp.freezeRows !== undefined;
    if (writes.length > 0 || other) sheets.push({ ...sp, writes });
  }
  return {
    plan: sheets.length === 0 ? null : { ...plan, sheets },
    kinds,
    changed: kinds.size,
  };
}

/** The key `pruneUnchanged` files a cell's change under. */
export function changeKey(sheet: string, row: number, col: number): string {
  return `${sheet}!${row},${col}`;
}
