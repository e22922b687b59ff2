import { quoteSheetName, toA1, toColumnLetters } from "../address";
import type { Lang } from "../messages/define";
import { tSummary } from "../messages/summary";
import type { CellWrite, ChartSpec, Result, SheetPlan, TableData, WritePlan } from "../model";
import { readFigures, type Figures } from "./readFigures";
import { BODY_STYLE, HEADER_STYLE, NOTE_STYLE, TOTAL_STYLE, buildPrintSetup } from "./styles";
import { columnsFor } from "./summaryColumns";
import type { ColId, Column, Ctx } from "./summaryColumns";
import { previousYearBlock } from "./previousYearBlock";
import { uniqueSheetName } from "./uniqueSheetName";
import { buildHeadingWrites } from "./buildHeadingWrites";
import type { PlaceKind } from "../narrative/findPlaceKind";

/** The commune's figures of the previous year, when the officer has them (the appendix usually does not). */
export type PreviousYear = {
  readonly year: number;
  readonly poor: number;
  /** Last year's near-poor households, when known. */
  readonly nearPoor?: number;
  /** Last year's households when known, else this year's. */
  readonly households: number;
};

export type SummaryPlanOptions = {
  readonly existingSheets: readonly string[];
  readonly year?: number;
  readonly previousYear?: PreviousYear;
  readonly lang?: Lang;
  /** Commune (default) or ward: only the totals-row label changes ("Toàn xã" / "Toàn phường"). */
  readonly place?: PlaceKind;
  /** The commune or ward for the "(Kèm theo Kế hoạch … của UBND xã …)" line (findPlaceName). */
  readonly placeName?: string;
};

export type SummaryPlanResult = {
  readonly plan: WritePlan;
  /** The name chosen for the new sheet. */
  readonly sheet: string;
  readonly figures: Figures;
  /** Appendix cells holding numbers as text: copied as values (no live link); "fix" first to keep the link. */
  readonly copiedAsValues: readonly string[];
};

/** Summary-sheet layout: where the header and the first unit row go. */
export const SUMMARY_HEADER_ROW = 4;
const FIRST_ROW = SUMMARY_HEADER_ROW + 1;

/**
 * Plan the "Tổng hợp" sheet: per-unit lines, the commune total and one line per group (former commune, khu phố)
 * as live formulas on the appendix
 * (`='Phụ lục'!E8`, `=SUM(…)`, `=IF(D>0,ROUND(x/D*100,2),"")`), each with the engine's value as `result`;
 * unit names copied as text (a static copy: the chart's categories and any reader see exactly the name, and a
 * name starting with = + - @ can never become a formula; the counts keep the live link); a clustered-column chart of the rate per unit (start vs projected).
 * Returns issues instead when a households/poor/near-poor cell cannot be read.
 * @example buildSummaryPlan(data, { existingSheets: ["Phụ lục"] }) // ok → sheet "Tổng hợp"
 */
export function buildSummaryPlan(
  data: TableData,
  options: SummaryPlanOptions
): Result<SummaryPlanResult> {
  const figures = readFigures(data);
  if (!figures.ok) return figures;
  const f = figures.value;
  const lang = options.lang ?? "vi";
  const sheet = uniqueSheetName(tSummary(lang, "summarySheetName"), options.existingSheets);
  const cols = columnsFor(f);
  const colOf = new Map(cols.map((c, i) => [c.id, i + 1]));
  const lastRow = FIRST_ROW + f.units.length - 1;
  const totalRow = lastRow + 1;
  const ctx: Ctx = {
    at: (id, row) => toA1(row, colOf.get(id) as number),
    src: quoteSheetName(f.sheet),
    firstRow: FIRST_ROW,
    lastRow,
  };
  const writes: CellWrite[] = [];
  const lastCol = cols.length;
  const title =
    options.year === undefined
      ? tSummary(lang, "summaryTitleNoYear")
      : tSummary(lang, "summaryTitle", { year: options.year });
  const heading = buildHeadingWrites({
    title,
    year: options.year,
    placeName: options.placeName,
    place: options.place,
    lang,
    lastCol,
  });
  writes.push(...heading.writes);
  cols.forEach((c, i) =>
    writes.push({
      row: SUMMARY_HEADER_ROW,
      col: i + 1,
      cell: { value: tSummary(lang, c.header) },
      style: HEADER_STYLE,
    })
  );
  const copied: string[] = [];
  f.units.forEach((u, i) => {
    const row = FIRST_ROW + i;
    for (const src of [u.households, u.poor, u.nearPoor, u.poorCut, u.nearPoorCut])
      if (src && !src.linkable) copied.push(src.cell);
    cols.forEach((c, j) =>
      writes.push({
        row,
        col: j + 1,
        cell: c.unit(u, i, row, ctx),
        ...(c.format ? { numberFormat: c.format } : {}),
        style: BODY_STYLE,
      })
    );
  });
  cols.forEach((c, j) => {
    const cell =
      c.id === "unit"
        ? { value: tSummary(lang, options.place?.area === "ward" ? "wardRow" : "communeRow") }
        : c.total(f.commune, totalRow, ctx);
    writes.push({
      row: totalRow,
      col: j + 1,
      cell,
      ...(c.format ? { numberFormat: c.format } : {}),
      style: TOTAL_STYLE,
    });
  });
  writes.push(...buildGroupRows(f, cols, ctx, totalRow + 1));
  const lastTableRow = totalRow + f.groups.length;
  if (options.previousYear) {
    writes.push(
      ...previousYearBlock(
        options.previousYear,
        lastTableRow + 2,
        ctx,
        totalRow,
        f.commune.poorRate,
        lang
      )
    );
  }
  const printBottom = options.previousYear ? lastTableRow + 3 : lastTableRow;
  // The working note goes under the table, outside the print area: the printed appendix is an official document.
  const notesRow = printBottom + 2;
  writes.push({
    row: notesRow,
    col: 1,
    cell: { value: tSummary(lang, "summarySource", { sheet: quoteSheetName(f.sheet) }) },
    style: NOTE_STYLE,
  });
  const series: ChartSpec["series"][number][] = [
    {
      name: tSummary(lang, "seriesStart"),
      values: {
        top: FIRST_ROW,
        bottom: lastRow,
        left: colOf.get("poorRate") as number,
        right: colOf.get("poorRate") as number,
      },
    },
  ];
  const proj = colOf.get("projPoorRate");
  if (proj !== undefined)
    series.push({
      name: tSummary(lang, "seriesProjected"),
      values: { top: FIRST_ROW, bottom: lastRow, left: proj, right: proj },
    });
  const unitCol = colOf.get("unit") as number;
  const chart: ChartSpec = {
    kind: "columnClustered",
    title: tSummary(lang, "chartTitle"),
    categories: { top: FIRST_ROW, bottom: lastRow, left: unitCol, right: unitCol },
    series,
    anchor: {
      top: SUMMARY_HEADER_ROW,
      left: lastCol + 2,
      bottom: SUMMARY_HEADER_ROW + 18,
      right: lastCol + 9,
    },
  };
  const widths = cols.map((c, i) => ({ col: i + 1, width: c.width }));
  const sheetPlan: SheetPlan = {
    sheet,
    create: true,
    marker: "summary",
    writes,
    merges: [...heading.merges, { top: notesRow, left: 1, bottom: notesRow, right: lastCol }],
    columnWidths: widths,
    ...(f.units.length > 0 ? { charts: [chart] } : {}),
    freezeRows: SUMMARY_HEADER_ROW,
    print: {
      ...buildPrintSetup(widths, { top: SUMMARY_HEADER_ROW, bottom: SUMMARY_HEADER_ROW }),
      printArea: {
        top: 1,
        left: 1,
        bottom: printBottom,
        right: Math.max(lastCol, options.previousYear ? 7 : 0),
      },
    },
  };
  return {
    ok: true,
    value: {
      plan: { action: "summary", sheets: [sheetPlan] },
      sheet,
      figures: f,
      copiedAsValues: copied,
    },
  };
}

/**
 * One row per group under the totals row (a former commune's, a khu phố's figures): sums over the group's own unit
 * rows of the summary and rates from those sums, as live formulas like the totals row's.
 */
function buildGroupRows(f: Figures, cols: readonly Column[], ctx: Ctx, first: number): CellWrite[] {
  return f.groups.flatMap((g, k) => {
    const row = first + k;
    const within: Ctx = {
      ...ctx,
      firstRow: ctx.firstRow + g.first,
      lastRow: ctx.firstRow + g.last,
    };
    return cols.map((c, j): CellWrite => ({
      row,
      col: j + 1,
      cell:
        c.id === "unit"
          ? { value: g.name }
          : c.id === "idx"
            ? { value: null }
            : c.total(g, row, within),
      ...(c.format ? { numberFormat: c.format } : {}),
      style: BODY_STYLE,
    }));
  });
}

/** Column letter of a summary column, for tests and the CLI's report. */
export function summaryColumnLetter(data: Figures, id: ColId): string | null {
  const i = columnsFor(data).findIndex((c) => c.id === id);
  return i < 0 ? null : toColumnLetters(i + 1);
}
