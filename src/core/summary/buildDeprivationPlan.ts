import { quoteSheetName, toA1, toColumnLetters } from "../address";
import type { Lang } from "../messages/define";
import { indicatorNames, standardName, tSummary } from "../messages/summary";
import type {
  CellWrite,
  PlanCell,
  Result,
  SheetPlan,
  TableData,
  ValidationSpec,
  WritePlan,
} from "../model";
import type { IndicatorId, PovertyStandard } from "../standards/types";
import { readFigures, type CountSource, type Figures } from "./readFigures";
import { rateOf } from "./rateOf";
import {
  BODY_STYLE,
  COUNT_FORMAT,
  HEADER_STYLE,
  INPUT_STYLE,
  NOTE_STYLE,
  RATE_FORMAT,
  TEXT_FORMAT,
  TOTAL_STYLE,
  buildBlockPrintSetup,
} from "./styles";
import { uniqueSheetName } from "./uniqueSheetName";
import { buildHeadingWrites } from "./buildHeadingWrites";
import type { PlaceKind } from "../narrative/findPlaceKind";

/** Deprived households per unit (keyed by the unit's name as in TableData), one number per indicator in order. */
export type DeprivationCounts = ReadonlyMap<string, readonly number[]>;
/** Officer targets: % of households NOT deprived to reach, per indicator. */
export type IndicatorTargets = Readonly<Partial<Record<IndicatorId, number>>>;

export type DeprivationPlanOptions = {
  readonly existingSheets: readonly string[];
  readonly counts?: DeprivationCounts;
  readonly targets?: IndicatorTargets;
  readonly lang?: Lang;
  /** Commune (default) or ward: only the totals-row label changes. */
  readonly place?: PlaceKind;
  /** Plan year and commune/ward name for the heading lines ("Kèm theo Kế hoạch …"). */
  readonly year?: number;
  readonly placeName?: string;
};

export type DeprivationPlanResult = { readonly plan: WritePlan; readonly sheet: string };

/** Examples from the Phổ Minh 2024 plan (a commune's own targets, not law); offered as a preset, never a default. */
export const PHO_MINH_TARGETS: IndicatorTargets = {
  healthInsurance: 100,
  childSchoolAttendance: 95,
  cleanWater: 80,
  hygienicToilet: 70,
  telecommunication: 85,
  digitalServices: 85,
};

/** Layout of the deprivation sheet (rows; columns: A TT, B unit, C denominator, then three blocks of 12). */
export const DEPRIVATION_LAYOUT = {
  blockRow: 4,
  indicatorRow: 5,
  targetRow: 6,
  firstUnitRow: 7,
  firstCountCol: 4,
} as const;

/**
 * Households still to resolve for one indicator: with D households, N deprived and a target T% not deprived,
 * MAX(0, ROUNDUP(D×T/100, 0) − (D − N)). Blank target → blank.
 * @example remainingToTarget(53, 10, 95) === 8 // need 51 not deprived, have 43
 */
export function remainingToTarget(denominator: number, deprived: number, target: number): number {
  const needed = Math.ceil(Number(((denominator * target) / 100).toPrecision(15)));
  return Math.max(0, needed - (denominator - deprived));
}

function denominatorCell(
  u: Figures["units"][number],
  src: string
): { cell: PlanCell; value: number } {
  const parts: CountSource[] = [u.poor, ...(u.nearPoor ? [u.nearPoor] : [])];
  const value = parts.reduce((a, p) => a + p.value, 0);
  if (parts.every((p) => p.linkable))
    return {
      cell: { formula: `=${parts.map((p) => `${src}!${p.cell}`).join("+")}`, result: value },
      value,
    };
  return { cell: { value }, value };
}

/**
 * Plan the "Chỉ số thiếu hụt" sheet for a standard's 12 indicators: per unit and for the commune, deprived
 * households (input cells, or the roster's counts), the rate over poor + near-poor households (poor only when the
 * appendix has no near-poor column; the header says which), a target row and the households still to resolve.
 * Inputs carry data validation: whole numbers from 0 to the unit's poor + near-poor households.
 * @example buildDeprivationPlan(data, standardForYear(2024), { existingSheets: ["Phụ lục"] })
 */
export function buildDeprivationPlan(
  data: TableData,
  standard: PovertyStandard,
  options: DeprivationPlanOptions
): Result<DeprivationPlanResult> {
  const figures = readFigures(data);
  if (!figures.ok) return figures;
  const f = figures.value;
  const lang = options.lang ?? "vi";
  const L = DEPRIVATION_LAYOUT;
  const sheet = uniqueSheetName(tSummary(lang, "deprivationSheetName"), options.existingSheets);
  const src = quoteSheetName(f.sheet);
  const k = standard.indicators.length;
  const withNear = f.commune.nearPoor !== null;
  const countCol = (i: number) => L.firstCountCol + i;
  const rateCol = (i: number) => L.firstCountCol + k + i;
  const remCol = (i: number) => L.firstCountCol + 2 * k + i;
  const lastCol = L.firstCountCol + 3 * k - 1;
  const firstRow = L.firstUnitRow;
  const lastRow = firstRow + f.units.length - 1;
  const totalRow = lastRow + 1;
  const writes: CellWrite[] = [];
  const put = (
    row: number,
    col: number,
    cell: PlanCell,
    style = BODY_STYLE,
    numberFormat?: string
  ) => writes.push({ row, col, cell, style, ...(numberFormat ? { numberFormat } : {}) });

  const widths = [
    { col: 1, width: 5 },
    { col: 2, width: 24 },
    { col: 3, width: 12 },
    ...Array.from({ length: 3 * k }, (_, i) => ({ col: L.firstCountCol + i, width: 12 })),
  ];
  const blockCols = (first: (i: number) => number) => Array.from({ length: k }, (_, i) => first(i));
  const { print, firstPageCols } = buildBlockPrintSetup(
    widths,
    { top: L.blockRow, bottom: L.targetRow },
    3,
    [blockCols(countCol), blockCols(rateCol), blockCols(remCol)]
  );
  // The heading spans the first printed page only, so it prints there (a merge across every page would centre it
  // on the middle one).
  const headingCols = 3 + firstPageCols;
  const heading = buildHeadingWrites({
    title: tSummary(lang, "deprivationTitle"),
    year: options.year,
    placeName: options.placeName,
    place: options.place,
    lang,
    lastCol: headingCols,
  });
  writes.push(...heading.writes);
  // (*) marks a name not confirmed; thresholds not confirmed (all of Decree 07/2021's) are said once.
  const namesUnconfirmed = standard.indicators.some((i) => !i.nameConfirmed);
  const thresholdsUnconfirmed = standard.indicators.some((i) => !i.conditionConfirmed);
  const notes = [
    tSummary(lang, "deprivationStandard", { standard: standardName(lang, standard.id) }),
    tSummary(lang, "deprivationNote"),
    ...(namesUnconfirmed
      ? [tSummary(lang, "deprivationUnconfirmed")]
      : thresholdsUnconfirmed
        ? [tSummary(lang, "deprivationThresholdsNote")]
        : []),
  ];
  // Working notes go under the table, outside the print area: the printed appendix is an official document.
  const notesRow = totalRow + 2;
  put(notesRow, 1, { value: notes.join(" ") }, NOTE_STYLE);

  put(L.blockRow, 1, { value: tSummary(lang, "colIndex") }, HEADER_STYLE);
  put(L.blockRow, 2, { value: tSummary(lang, "colUnit") }, HEADER_STYLE);
  put(
    L.blockRow,
    3,
    { value: tSummary(lang, withNear ? "colDenominatorPoorNear" : "colDenominatorPoor") },
    HEADER_STYLE
  );
  put(L.blockRow, countCol(0), { value: tSummary(lang, "blockCounts") }, HEADER_STYLE);
  put(
    L.blockRow,
    rateCol(0),
    { value: tSummary(lang, withNear ? "blockRatesPoorNear" : "blockRatesPoor") },
    HEADER_STYLE
  );
  put(L.blockRow, remCol(0), { value: tSummary(lang, "blockRemaining") }, HEADER_STYLE);
  standard.indicators.forEach((ind, i) => {
    const mark = ind.nameConfirmed ? "" : " (*)";
    const name = { value: `${i + 1}. ${indicatorNames[lang][ind.id]}${mark}` };
    for (const col of [countCol(i), rateCol(i), remCol(i)])
      put(L.indicatorRow, col, name, HEADER_STYLE);
    const target = options.targets?.[ind.id];
    put(L.targetRow, rateCol(i), { value: target ?? null }, INPUT_STYLE, RATE_FORMAT);
  });
  put(L.targetRow, 2, { value: tSummary(lang, "targetRow") }, HEADER_STYLE);

  const validations: ValidationSpec[] = [];
  const rowsFor = (
    row: number,
    name: string | null,
    den: { cell: PlanCell; value: number },
    counts: readonly number[] | null,
    isTotal: boolean
  ) => {
    const style = isTotal ? TOTAL_STYLE : BODY_STYLE;
    const denA1 = toA1(row, 3);
    put(row, 3, den.cell, style, COUNT_FORMAT);
    standard.indicators.forEach((ind, i) => {
      const cA1 = toA1(row, countCol(i));
      const tA1 = `$${toColumnLetters(rateCol(i))}$${L.targetRow}`;
      const n = counts?.[i];
      const countCell: PlanCell = isTotal
        ? {
            formula: `=SUM(${toA1(firstRow, countCol(i))}:${toA1(lastRow, countCol(i))})`,
            ...(counts ? { result: counts[i] ?? 0 } : {}),
          }
        : { value: n ?? null };
      put(row, countCol(i), countCell, isTotal ? TOTAL_STYLE : INPUT_STYLE, COUNT_FORMAT);
      const rate = n === undefined ? "" : (rateOf(n, den.value) ?? "");
      put(
        row,
        rateCol(i),
        {
          formula: `=IF(AND(${denA1}>0,${cA1}<>""),ROUND(${cA1}/${denA1}*100,2),"")`,
          result: rate,
        },
        style,
        RATE_FORMAT
      );
      const target = options.targets?.[ind.id];
      const rem =
        target === undefined || n === undefined ? "" : remainingToTarget(den.value, n, target);
      put(
        row,
        remCol(i),
        {
          formula: `=IF(OR(${tA1}="",${cA1}=""),"",MAX(0,ROUNDUP(${denA1}*${tA1}/100,0)-(${denA1}-${cA1})))`,
          result: rem,
        },
        style,
        COUNT_FORMAT
      );
    });
    if (name !== null) put(row, 2, { value: name }, style, TEXT_FORMAT);
  };

  const totals = standard.indicators.map(() => 0);
  f.units.forEach((u, idx) => {
    const row = firstRow + idx;
    const den = denominatorCell(u, src);
    const counts = options.counts?.get(u.name) ?? null;
    counts?.forEach((c, i) => (totals[i] = (totals[i] ?? 0) + c));
    put(row, 1, { value: idx + 1 });
    rowsFor(row, u.name, den, counts, false);
    validations.push({
      range: { top: row, bottom: row, left: countCol(0), right: countCol(k - 1) },
      type: "whole",
      min: 0,
      max: den.value,
      prompt: tSummary(lang, "validationPrompt", { max: den.value }),
      errorMessage: tSummary(lang, "validationError", { max: den.value }),
    });
  });
  const denTotal = f.commune.poor + (f.commune.nearPoor ?? 0);
  put(
    totalRow,
    2,
    { value: tSummary(lang, options.place?.area === "ward" ? "wardRow" : "communeRow") },
    TOTAL_STYLE,
    TEXT_FORMAT
  );
  put(totalRow, 1, { value: null }, TOTAL_STYLE);
  rowsFor(
    totalRow,
    null,
    { cell: { formula: `=SUM(C${firstRow}:C${lastRow})`, result: denTotal }, value: denTotal },
    options.counts ? totals : null,
    true
  );

  const merges = [
    ...heading.merges,
    { top: notesRow, left: 1, bottom: notesRow, right: lastCol },
    { top: L.blockRow, left: 1, bottom: L.indicatorRow, right: 1 },
    { top: L.blockRow, left: 2, bottom: L.indicatorRow, right: 2 },
    { top: L.blockRow, left: 3, bottom: L.targetRow, right: 3 },
    { top: L.blockRow, left: countCol(0), bottom: L.blockRow, right: countCol(k - 1) },
    { top: L.blockRow, left: rateCol(0), bottom: L.blockRow, right: rateCol(k - 1) },
    { top: L.blockRow, left: remCol(0), bottom: L.blockRow, right: remCol(k - 1) },
  ];
  const sheetPlan: SheetPlan = {
    sheet,
    create: true,
    marker: "deprivation",
    writes,
    merges,
    columnWidths: widths,
    validations,
    freezeRows: L.targetRow,
    print: { ...print, printArea: { top: 1, left: 1, bottom: totalRow, right: lastCol } },
  };
  return { ok: true, value: { plan: { action: "deprivation", sheets: [sheetPlan] }, sheet } };
}
