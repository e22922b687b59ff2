import { toA1 } from "../address";
import type { Lang } from "../messages/define";
import { tProvince } from "../messages/province";
import type { PlanCell, SheetPlan } from "../model";
import { buildHeadingWrites } from "../summary/buildHeadingWrites";
import {
  BODY_STYLE,
  COUNT_FORMAT,
  RATE_FORMAT,
  TEXT_FORMAT,
  buildPrintSetup,
} from "../summary/styles";
import { ratesOf } from "./consolidate";
import { describeProblem } from "./describeProblem";
import {
  FLAG_STYLE,
  PROVINCE_FIRST_ROW,
  PROVINCE_HEADER_ROW,
  noteWrite,
  rateFormula,
  sumFormula,
  tableWrites,
  type TableColumn,
} from "./sheetParts";
import type { CommuneCounts, CommuneLine, Consolidation } from "./types";

type CountField = keyof CommuneCounts;
type Ctx = {
  readonly colOf: (id: string) => number;
  readonly first: number;
  readonly last: number;
};

const value = (v: number | string | null): PlanCell => ({ value: v });

/** The columns of "Tổng hợp tỉnh"; optional ones only when some commune has the figure (or a target). */
function columnsOf(
  c: Consolidation,
  lang: Lang,
  ctx: Ctx
): (TableColumn<CommuneLine> & { id: string })[] {
  const at = (id: string, row: number): string => toA1(row, ctx.colOf(id));
  const count = (id: CountField, header: Parameters<typeof tProvince>[1]) => ({
    id,
    header: tProvince(lang, header),
    width: 11,
    format: COUNT_FORMAT,
    cell: (l: CommuneLine) => value(l.counts?.[id] ?? null),
    total: () => sumFormula(ctx.colOf(id), ctx.first, ctx.last, c.totals[id] ?? 0),
  });
  const rate = (
    id: string,
    header: Parameters<typeof tProvince>[1],
    num: (row: number) => string,
    of: (counts: CommuneCounts) => number | null,
    present: (counts: CommuneCounts) => boolean = () => true
  ) => ({
    id,
    header: tProvince(lang, header),
    width: 11,
    format: RATE_FORMAT,
    cell: (l: CommuneLine, _i: number, row: number) =>
      l.counts !== null && present(l.counts)
        ? rateFormula(num(row), at("households", row), of(l.counts))
        : value(null),
    total: (row: number) => rateFormula(num(row), at("households", row), of(c.totals)),
  });
  const t = c.totals;
  const hasTarget = c.communes.some((l) => l.target !== null);
  const cols: ((TableColumn<CommuneLine> & { id: string }) | false)[] = [
    { id: "index", header: tProvince(lang, "colIndex"), width: 5, cell: (_l, i) => value(i + 1) },
    {
      id: "name",
      header: tProvince(lang, "colCommune"),
      width: 24,
      format: TEXT_FORMAT,
      cell: (l) => value(l.name),
      total: () => value(tProvince(lang, "totalsRow")),
    },
    t.population !== null && { ...count("population", "colPopulation"), width: 12 },
    count("households", "colHouseholds"),
    count("poor", "colPoor"),
    rate(
      "poorRate",
      "colPoorRate",
      (r) => at("poor", r),
      (x) => ratesOf(x).poorRate
    ),
    t.nearPoor !== null && count("nearPoor", "colNearPoor"),
    t.nearPoor !== null &&
      rate(
        "nearPoorRate",
        "colNearPoorRate",
        (r) => at("nearPoor", r),
        (x) => ratesOf(x).nearPoorRate,
        (x) => x.nearPoor !== null
      ),
    t.poorCut !== null && count("poorCut", "colPoorCut"),
    t.poorCut !== null &&
      rate(
        "poorCutRate",
        "colPoorCutRate",
        (r) => at("poorCut", r),
        (x) => ratesOf(x).poorCutRate,
        (x) => x.poorCut !== null
      ),
    t.poorCut !== null && {
      ...rate(
        "projectedPoorRate",
        "colProjectedPoorRate",
        (r) => `(${at("poor", r)}-${at("poorCut", r)})`,
        (x) => ratesOf(x).projectedPoorRate,
        (x) => x.poorCut !== null
      ),
      width: 13,
    },
    t.nearPoorCut !== null && count("nearPoorCut", "colNearPoorCut"),
    hasTarget && {
      id: "target",
      header: tProvince(lang, "colTarget"),
      width: 11,
      format: COUNT_FORMAT,
      cell: (l) => value(l.target?.households ?? null),
      style: (l) => (l.target?.mismatch ? FLAG_STYLE : BODY_STYLE),
    },
    {
      id: "status",
      header: tProvince(lang, "colStatus"),
      width: 30,
      format: TEXT_FORMAT,
      cell: (l) => value(statusText(l, lang)),
      style: (l) => ({ ...(l.status === "ok" ? BODY_STYLE : FLAG_STYLE), wrap: true }),
    },
  ];
  return cols.filter((x): x is TableColumn<CommuneLine> & { id: string } => x !== false);
}

/** "Đạt", or "Có 2 lỗi: <the target not met, else the first problem>". */
function statusText(l: CommuneLine, lang: Lang): string {
  if (l.status === "ok") return tProvince(lang, "status_ok");
  const why =
    l.target?.mismatch === true
      ? describeProblem({ kind: "target", target: l.target }, lang)
      : l.problem
        ? describeProblem(l.problem, lang)
        : "";
  const head = tProvince(lang, "statusWithErrors", { errors: l.errors });
  return why === "" ? head : `${head}: ${why}`;
}

export type ProvincePlan = {
  readonly plan: SheetPlan;
  readonly sheet: string;
  /** Row of each aggregated commune (by file), for jumping to it. */
  readonly rowOfFile: ReadonlyMap<string, number>;
};

/**
 * Plan the sheet "Tổng hợp tỉnh": one row per aggregated commune in Vietnamese alphabetical order (its counts as
 * values, its rates as formulas of its row), a totals row of SUM formulas with rates as formulas of the sums, the
 * province's target beside the planned cut when targets were given, and the commune's status; headed and
 * print-ready as the other generated sheets, marked "province" so it is never read back as an appendix.
 */
export function buildProvincePlan(
  c: Consolidation,
  options: { readonly lang: Lang; readonly sheet: string; readonly files: number }
): ProvincePlan {
  const first = PROVINCE_FIRST_ROW;
  const last = first + c.communes.length - 1;
  const totalsRow = last + 1;
  let ids: string[] = [];
  const ctx: Ctx = { colOf: (id) => ids.indexOf(id) + 1, first, last };
  const columns = columnsOf(c, options.lang, ctx);
  ids = columns.map((col) => col.id);
  const lastCol = columns.length;
  const heading = buildHeadingWrites({
    title: tProvince(options.lang, "provinceTitle"),
    placeName: tProvince(options.lang, "provincePlace"),
    lang: options.lang,
    lastCol,
  });
  const note = tProvince(options.lang, "provinceNote", {
    files: options.files,
    aggregated: c.communes.length,
  });
  const widths = columns.map((col, i) => ({ col: i + 1, width: col.width }));
  const plan: SheetPlan = {
    sheet: options.sheet,
    create: true,
    marker: "province",
    writes: [...heading.writes, noteWrite(note), ...tableWrites(columns, c.communes, totalsRow)],
    merges: [...heading.merges, { top: 3, left: 1, bottom: 3, right: lastCol }],
    columnWidths: widths,
    freezeRows: PROVINCE_HEADER_ROW,
    print: {
      ...buildPrintSetup(widths, { top: PROVINCE_HEADER_ROW, bottom: PROVINCE_HEADER_ROW }),
      printArea: { top: 1, left: 1, bottom: totalsRow, right: lastCol },
    },
  };
  return {
    plan,
    sheet: options.sheet,
    rowOfFile: new Map(c.communes.map((l, i) => [l.file, first + i])),
  };
}
