import { toA1 } from "../address";
import { UsageError } from "../errors";
import type {
  ColumnRole,
  Issue,
  ParsedCell,
  Result,
  RowCells,
  TableData,
  TableLayout,
} from "../model";
import { toCurrentTable } from "../transitions/currentTable";
import { rateOf } from "./rateOf";

/** A count taken from the appendix: its value and the cell it came from (null when the column is absent). */
export type CountSource = {
  readonly value: number;
  /** A1 address on the appendix sheet. */
  readonly cell: string;
  /** The cell holds a real number (or is an empty cut cell), so a formula can reference it. */
  readonly linkable: boolean;
};

export type UnitFigures = {
  readonly row: number;
  readonly name: string;
  readonly households: CountSource;
  readonly poor: CountSource;
  readonly nearPoor: CountSource | null;
  readonly poorCut: CountSource | null;
  readonly nearPoorCut: CountSource | null;
  readonly poorRate: number | null;
  readonly nearPoorRate: number | null;
  readonly poorCutRate: number | null;
  readonly projectedPoorRate: number | null;
  readonly nearPoorCutRate: number | null;
  readonly projectedNearPoorRate: number | null;
};

export type CommuneFigures = {
  readonly households: number;
  readonly poor: number;
  readonly nearPoor: number | null;
  readonly poorCut: number | null;
  readonly nearPoorCut: number | null;
  readonly poorRate: number | null;
  readonly nearPoorRate: number | null;
  readonly poorCutRate: number | null;
  readonly projectedPoorRate: number | null;
  readonly nearPoorCutRate: number | null;
  readonly projectedNearPoorRate: number | null;
};

/** A group's figures (a former commune, a khu phố), from the sums of its own units; `first`/`last` index `units`. */
export type GroupFigures = CommuneFigures & {
  readonly name: string;
  readonly first: number;
  readonly last: number;
};

/** The appendix as numbers: what the summary sheet, the chart and the narrative are built from. */
export type Figures = {
  readonly sheet: string;
  readonly units: readonly UnitFigures[];
  /** Computed from the sums of the data rows (never from the totals row's own counts). */
  readonly commune: CommuneFigures;
  /** The table's groups in order (empty when it has none). */
  readonly groups: readonly GroupFigures[];
};

type CountRoleHere = "households" | "poor" | "nearPoor" | "poorCut" | "nearPoorCut";
const OPTIONAL_EMPTY_IS_ZERO: readonly CountRoleHere[] = ["poorCut", "nearPoorCut"];

function issueFor(
  data: TableData,
  row: number,
  col: number,
  role: ColumnRole,
  cell: ParsedCell | undefined
): Issue {
  const base = { sheet: data.layout.sheet, cell: toA1(row, col), row, col, role };
  if (!cell || cell.kind === "empty")
    return { ...base, code: "MISSING_VALUE", severity: "error", actual: null };
  if (cell.kind === "error")
    return { ...base, code: "CELL_ERROR", severity: "error", actual: cell.error };
  if (cell.kind === "text") {
    return {
      ...base,
      code: "NOT_A_NUMBER",
      severity: "error",
      actual: cell.text,
      ...(cell.suggestion !== undefined ? { suggestion: cell.suggestion } : {}),
    };
  }
  if (cell.kind === "boolean")
    return { ...base, code: "NOT_A_NUMBER", severity: "error", actual: cell.value };
  return {
    ...base,
    code: cell.value < 0 ? "NEGATIVE_VALUE" : "NOT_INTEGER",
    severity: "error",
    actual: cell.value,
  };
}

function readCount(
  data: TableData,
  row: number,
  cells: RowCells,
  role: CountRoleHere,
  issues: Issue[]
): CountSource | null {
  const col = data.layout.columns[role];
  if (col === undefined) return null;
  const cell = toA1(row, col);
  const parsed = cells[role];
  if ((!parsed || parsed.kind === "empty") && OPTIONAL_EMPTY_IS_ZERO.includes(role))
    return { value: 0, cell, linkable: true };
  if (parsed && parsed.kind === "number" && Number.isInteger(parsed.value) && parsed.value >= 0) {
    return { value: parsed.value, cell, linkable: !parsed.fromText };
  }
  issues.push(issueFor(data, row, col, role, parsed));
  return { value: 0, cell, linkable: false };
}

const sum = (xs: readonly (CountSource | null)[]): number | null =>
  xs.some((x) => x === null) ? null : xs.reduce((a, x) => a + (x as CountSource).value, 0);

const diffRate = (count: number | null, cut: number | null, hh: number): number | null =>
  count === null || cut === null ? null : rateOf(count - cut, hh);

/** The columns a summary needs (households and poor) that the table's mapping lacks; empty when it can be summarised. */
export function missingSummaryColumns(layout: TableLayout): ("households" | "poor")[] {
  const poorNow = layout.columns.poorEnd ?? layout.columns.poor;
  return (["households", "poor"] as const).filter(
    (role) => (role === "poor" ? poorNow : layout.columns[role]) === undefined
  );
}

/**
 * Read the counts of every unit. Unusable households/poor/near-poor cells (empty, text, error, negative,
 * fractional) come back as issues: run the check first. Empty cut cells count as 0. A transitions table is read as
 * of the end of the year (its end-of-year count is the poor).
 * @throws UsageError when the households or poor column is not mapped (check `missingSummaryColumns` first)
 * @example readFigures(data).ok && readFigures(data).value.commune.poorRate === 4.39
 */
export function readFigures(table: TableData): Result<Figures> {
  // A transitions table's figures are those of the end of the year (DESIGN.md, "transitions").
  const data = toCurrentTable(table);
  if (missingSummaryColumns(data.layout).length > 0) {
    throw new UsageError("readFigures needs the households and poor columns mapped");
  }
  const issues: Issue[] = [];
  const units: UnitFigures[] = data.units.map((u) => {
    const households = readCount(data, u.row, u.cells, "households", issues) as CountSource;
    const poor = readCount(data, u.row, u.cells, "poor", issues) as CountSource;
    const nearPoor = readCount(data, u.row, u.cells, "nearPoor", issues);
    const poorCut = readCount(data, u.row, u.cells, "poorCut", issues);
    const nearPoorCut = readCount(data, u.row, u.cells, "nearPoorCut", issues);
    const hh = households.value;
    return {
      row: u.row,
      name: u.name,
      households,
      poor,
      nearPoor,
      poorCut,
      nearPoorCut,
      poorRate: rateOf(poor.value, hh),
      nearPoorRate: nearPoor ? rateOf(nearPoor.value, hh) : null,
      poorCutRate: poorCut ? rateOf(poorCut.value, hh) : null,
      projectedPoorRate: diffRate(poor.value, poorCut?.value ?? null, hh),
      nearPoorCutRate: nearPoorCut ? rateOf(nearPoorCut.value, hh) : null,
      projectedNearPoorRate: diffRate(nearPoor?.value ?? null, nearPoorCut?.value ?? null, hh),
    };
  });
  if (issues.length > 0) return { ok: false, issues };
  const index = new Map(units.map((u, i) => [u.row, i]));
  const groups = (data.groups ?? []).flatMap((g): GroupFigures[] => {
    const at = g.unitRows.map((r) => index.get(r)).filter((i): i is number => i !== undefined);
    const first = Math.min(...at);
    const last = Math.max(...at);
    if (at.length === 0 || last - first + 1 !== at.length) return [];
    return [{ name: g.name, first, last, ...sumFigures(units.slice(first, last + 1)) }];
  });
  return {
    ok: true,
    value: { sheet: data.layout.sheet, units, commune: sumFigures(units), groups },
  };
}

/** Totals of some units with their rates (the commune's, or one group's). */
function sumFigures(units: readonly UnitFigures[]): CommuneFigures {
  const hh = units.reduce((a, u) => a + u.households.value, 0);
  const poor = units.reduce((a, u) => a + u.poor.value, 0);
  const nearPoor = sum(units.map((u) => u.nearPoor));
  const poorCut = sum(units.map((u) => u.poorCut));
  const nearPoorCut = sum(units.map((u) => u.nearPoorCut));
  return {
    households: hh,
    poor,
    nearPoor,
    poorCut,
    nearPoorCut,
    poorRate: rateOf(poor, hh),
    nearPoorRate: nearPoor === null ? null : rateOf(nearPoor, hh),
    poorCutRate: poorCut === null ? null : rateOf(poorCut, hh),
    projectedPoorRate: diffRate(poor, poorCut, hh),
    nearPoorCutRate: nearPoorCut === null ? null : rateOf(nearPoorCut, hh),
    projectedNearPoorRate: diffRate(nearPoor, nearPoorCut, hh),
  };
}
