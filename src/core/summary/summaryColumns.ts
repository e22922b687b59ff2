import type { SummaryMessageKey } from "../messages/summary";
import type { PlanCell, Scalar } from "../model";
import type { CommuneFigures, CountSource, Figures, UnitFigures } from "./readFigures";
import { rateOf } from "./rateOf";
import { COUNT_FORMAT, RATE_FORMAT, TEXT_FORMAT } from "./styles";

/** Where the summary's formulas point: a column's cell on a row, the appendix sheet, the unit rows to sum. */
export type Ctx = {
  /** A1 of column `id` on `row` of the summary sheet. */
  readonly at: (id: ColId, row: number) => string;
  readonly src: string;
  readonly firstRow: number;
  readonly lastRow: number;
};

export type ColId =
  | "idx"
  | "unit"
  | "hh"
  | "poor"
  | "poorRate"
  | "nearPoor"
  | "nearPoorRate"
  | "multiRate"
  | "poorCut"
  | "poorCutRate"
  | "projPoor"
  | "projPoorRate"
  | "nearPoorCut"
  | "projNearRate";

export type Column = {
  readonly id: ColId;
  readonly header: SummaryMessageKey;
  readonly width: number;
  readonly format?: string;
  readonly unit: (u: UnitFigures, i: number, row: number, ctx: Ctx) => PlanCell;
  readonly total: (c: CommuneFigures, row: number, ctx: Ctx) => PlanCell;
};

const ref = (src: CountSource, ctx: Ctx): PlanCell =>
  src.linkable ? { formula: `=${ctx.src}!${src.cell}`, result: src.value } : { value: src.value };

const rateFormula = (num: string, den: string, result: number | null): PlanCell => ({
  formula: `=IF(${den}>0,ROUND(${num}/${den}*100,2),"")`,
  result: result ?? "",
});

const sumOf = (id: ColId, ctx: Ctx, result: Scalar): PlanCell => ({
  formula: `=SUM(${ctx.at(id, ctx.firstRow)}:${ctx.at(id, ctx.lastRow)})`,
  result,
});

/** Column registry: a column is present when the appendix has what it needs. */
export function columnsFor(f: Figures): Column[] {
  const hasNear = f.commune.nearPoor !== null;
  const hasCut = f.commune.poorCut !== null;
  const hasNearCut = hasNear && f.commune.nearPoorCut !== null;
  const cols: (Column | false)[] = [
    {
      id: "idx",
      header: "colIndex",
      width: 5,
      unit: (_u, i) => ({ value: i + 1 }),
      total: () => ({ value: null }),
    },
    {
      id: "unit",
      header: "colUnit",
      width: 24,
      format: TEXT_FORMAT,
      unit: (u) => ({ value: u.name }),
      total: () => ({ value: null }),
    },
    {
      id: "hh",
      header: "colHouseholds",
      width: 11,
      format: COUNT_FORMAT,
      unit: (u, _i, _r, c) => ref(u.households, c),
      total: (t, _r, c) => sumOf("hh", c, t.households),
    },
    {
      id: "poor",
      header: "colPoor",
      width: 11,
      format: COUNT_FORMAT,
      unit: (u, _i, _r, c) => ref(u.poor, c),
      total: (t, _r, c) => sumOf("poor", c, t.poor),
    },
    {
      id: "poorRate",
      header: "colPoorRate",
      width: 11,
      format: RATE_FORMAT,
      unit: (u, _i, r, c) => rateFormula(c.at("poor", r), c.at("hh", r), u.poorRate),
      total: (t, r, c) => rateFormula(c.at("poor", r), c.at("hh", r), t.poorRate),
    },
    hasNear && {
      id: "nearPoor",
      header: "colNearPoor",
      width: 11,
      format: COUNT_FORMAT,
      unit: (u, _i, _r, c) => ref(u.nearPoor as CountSource, c),
      total: (t, _r, c) => sumOf("nearPoor", c, t.nearPoor),
    },
    hasNear && {
      id: "nearPoorRate",
      header: "colNearPoorRate",
      width: 11,
      format: RATE_FORMAT,
      unit: (u, _i, r, c) => rateFormula(c.at("nearPoor", r), c.at("hh", r), u.nearPoorRate),
      total: (t, r, c) => rateFormula(c.at("nearPoor", r), c.at("hh", r), t.nearPoorRate),
    },
    hasNear && {
      id: "multiRate",
      header: "colMultiRate",
      width: 13,
      format: RATE_FORMAT,
      unit: (u, _i, r, c) =>
        rateFormula(
          `(${c.at("poor", r)}+${c.at("nearPoor", r)})`,
          c.at("hh", r),
          rateOf(u.poor.value + (u.nearPoor?.value ?? 0), u.households.value)
        ),
      total: (t, r, c) =>
        rateFormula(
          `(${c.at("poor", r)}+${c.at("nearPoor", r)})`,
          c.at("hh", r),
          rateOf(t.poor + (t.nearPoor ?? 0), t.households)
        ),
    },
    hasCut && {
      id: "poorCut",
      header: "colPoorCut",
      width: 11,
      format: COUNT_FORMAT,
      unit: (u, _i, _r, c) => ref(u.poorCut as CountSource, c),
      total: (t, _r, c) => sumOf("poorCut", c, t.poorCut),
    },
    hasCut && {
      id: "poorCutRate",
      header: "colPoorCutRate",
      width: 11,
      format: RATE_FORMAT,
      unit: (u, _i, r, c) => rateFormula(c.at("poorCut", r), c.at("hh", r), u.poorCutRate),
      total: (t, r, c) => rateFormula(c.at("poorCut", r), c.at("hh", r), t.poorCutRate),
    },
    hasCut && {
      id: "projPoor",
      header: "colProjectedPoor",
      width: 12,
      format: COUNT_FORMAT,
      unit: (u, _i, r, c) => ({
        formula: `=${c.at("poor", r)}-${c.at("poorCut", r)}`,
        result: u.poor.value - (u.poorCut?.value ?? 0),
      }),
      total: (t, _r, c) => sumOf("projPoor", c, t.poor - (t.poorCut ?? 0)),
    },
    hasCut && {
      id: "projPoorRate",
      header: "colProjectedPoorRate",
      width: 13,
      format: RATE_FORMAT,
      unit: (u, _i, r, c) => rateFormula(c.at("projPoor", r), c.at("hh", r), u.projectedPoorRate),
      total: (t, r, c) => rateFormula(c.at("projPoor", r), c.at("hh", r), t.projectedPoorRate),
    },
    hasNearCut && {
      id: "nearPoorCut",
      header: "colNearPoorCut",
      width: 11,
      format: COUNT_FORMAT,
      unit: (u, _i, _r, c) => ref(u.nearPoorCut as CountSource, c),
      total: (t, _r, c) => sumOf("nearPoorCut", c, t.nearPoorCut),
    },
    hasNearCut && {
      id: "projNearRate",
      header: "colProjectedNearPoorRate",
      width: 13,
      format: RATE_FORMAT,
      unit: (u, _i, r, c) =>
        rateFormula(
          `(${c.at("nearPoor", r)}-${c.at("nearPoorCut", r)})`,
          c.at("hh", r),
          u.projectedNearPoorRate
        ),
      total: (t, r, c) =>
        rateFormula(
          `(${c.at("nearPoor", r)}-${c.at("nearPoorCut", r)})`,
          c.at("hh", r),
          t.projectedNearPoorRate
        ),
    },
  ];
  return cols.filter((c): c is Column => c !== false);
}
