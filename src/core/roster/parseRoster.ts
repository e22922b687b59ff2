import type { Grid, RawValue } from "../model";
import { isCellError } from "../model";
import type { Area, IndicatorId, PovertyStandard } from "../standards/types";
import { normalizeText } from "./normalize";
import {
  AREA_HEADER,
  FALSE_FLAGS,
  INCOME_HEADER,
  INDICATOR_HEADERS,
  RURAL_WORDS,
  TOTAL_LABEL,
  TRUE_FLAGS,
  UNIT_HEADER,
  URBAN_WORDS,
} from "./rosterVocabulary";
import type { RosterColumns, RosterParse, RosterProblem, RosterRow } from "./types";

const HEADER_SCAN_ROWS = 30;
const BAND = 3;

function valueAt(grid: Grid, row: number, col: number): RawValue {
  const v = grid.values[row - grid.top]?.[col - grid.left] ?? null;
  if (v !== null) return v;
  const m = grid.merges.find(
    (r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right
  );
  return m ? (grid.values[m.top - grid.top]?.[m.left - grid.left] ?? null) : null;
}

const textOf = (v: RawValue): string =>
  v === null || isCellError(v) ? "" : normalizeText(String(v));

type HeaderRoles = {
  unit?: number;
  income?: number;
  area?: number;
  indicators: Map<IndicatorId, number>;
};

/** Roles of one header row; for a column, the lowest band row's text is tried first (most specific). */
function rolesOf(grid: Grid, row: number, wanted: readonly IndicatorId[]): HeaderRoles {
  const roles: HeaderRoles = { indicators: new Map() };
  const width = grid.values[0]?.length ?? 0;
  for (let col = grid.left; col < grid.left + width; col++) {
    for (let r = row; r > row - BAND && r >= grid.top; r--) {
      const t = textOf(valueAt(grid, r, col));
      if (!t) continue;
      if (INCOME_HEADER.test(t)) roles.income ??= col;
      else if (AREA_HEADER.test(t)) roles.area ??= col;
      else {
        const ind = INDICATOR_HEADERS.find(
          ([id, re]) => wanted.includes(id) && !roles.indicators.has(id) && re.test(t)
        );
        if (ind) roles.indicators.set(ind[0], col);
        else if (UNIT_HEADER.test(t) && t.length <= 40) roles.unit ??= col;
        else continue;
      }
      break;
    }
  }
  return roles;
}

function parseIncome(v: RawValue): number | null {
  if (typeof v === "number") return Number.isFinite(v) && v >= 0 ? v : null;
  if (typeof v !== "string") return null;
  let t = normalizeText(v).replace(/\s*(dong|d|vnd)$/, "");
  const millions = /trieu$/.test(t);
  t = t.replace(/\s*trieu$/, "").replace(/\s/g, "");
  let n: number;
  if (/^\d{1,3}([.,]\d{3})+$/.test(t) && !millions) n = Number(t.replace(/[.,]/g, ""));
  else if (/^\d+([.,]\d+)?$/.test(t)) n = Number(t.replace(",", "."));
  else return null;
  return millions ? Math.round(n * 1_000_000) : n;
}

function parseArea(v: RawValue): Area | null {
  const t = textOf(v);
  if (RURAL_WORDS.test(t)) return "rural";
  if (URBAN_WORDS.test(t)) return "urban";
  return null;
}

function parseFlag(v: RawValue): boolean | null {
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v === 1 ? true : v === 0 ? false : null;
  if (isCellError(v)) return null;
  const t = textOf(v);
  if (TRUE_FLAGS.test(t)) return true;
  if (FALSE_FLAGS.test(t)) return false;
  return null;
}

const isColumnNumberRow = (cells: readonly RawValue[]): boolean => {
  const filled = cells.filter((c) => c !== null && c !== "");
  return (
    filled.length > 2 &&
    filled.every((c) => typeof c === "string" && /^\(\s*\d+\s*\)$/.test(c.trim()))
  );
};

/**
 * Find the household list on a sheet (header row with unit, income per person and the standard's indicators,
 * any wording, with or without diacritics, over up to 3 merged header rows) and read one household per row.
 * Unreadable cells become problems and their rows are left out; totals and "(1) (2) …" rows are skipped.
 * @example parseRoster(grid, ND07_2021, { defaultArea: "rural" })
 */
export function parseRoster(
  grid: Grid,
  standard: PovertyStandard,
  options: { defaultArea?: Area } = {}
): RosterParse {
  const wanted = standard.indicators.map((i) => i.id);
  let header: { row: number; roles: HeaderRoles } | null = null;
  const lastScan = Math.min(grid.top + grid.values.length - 1, grid.top + HEADER_SCAN_ROWS);
  let best: { row: number; roles: HeaderRoles } | null = null;
  for (let row = grid.top; row <= lastScan; row++) {
    const roles = rolesOf(grid, row, wanted);
    if (roles.unit === undefined || roles.income === undefined || roles.indicators.size === 0)
      continue;
    if (!best || roles.indicators.size > best.roles.indicators.size) best = { row, roles };
    if (roles.indicators.size === wanted.length) {
      header = { row, roles };
      break;
    }
  }
  if (!header) {
    if (!best) return { ok: false, reason: "NO_HEADER" };
    return {
      ok: false,
      reason: "MISSING_INDICATORS",
      missing: wanted.filter((id) => !best?.roles.indicators.has(id)),
    };
  }
  const { roles } = header;
  const columns: RosterColumns = {
    unit: roles.unit as number,
    income: roles.income as number,
    area: roles.area ?? null,
    indicators: wanted.map((id) => roles.indicators.get(id) as number),
  };
  const rows: RosterRow[] = [];
  const problems: RosterProblem[] = [];
  const defaultArea = options.defaultArea ?? "rural";
  for (let row = header.row + 1; row < grid.top + grid.values.length; row++) {
    const cells = grid.values[row - grid.top] ?? [];
    if (cells.every((c) => c === null || c === "") || isColumnNumberRow(cells)) continue;
    const unitRaw = valueAt(grid, row, columns.unit);
    const unit = unitRaw === null || isCellError(unitRaw) ? "" : String(unitRaw).trim();
    if (TOTAL_LABEL.test(normalizeText(unit))) continue;
    const before = problems.length;
    const show = (v: RawValue) => (v === null ? "" : isCellError(v) ? v.error : String(v));
    if (!unit) problems.push({ kind: "noUnit", row, col: columns.unit, value: "" });
    const incomeRaw = valueAt(grid, row, columns.income);
    const income = parseIncome(incomeRaw);
    if (income === null)
      problems.push({ kind: "badIncome", row, col: columns.income, value: show(incomeRaw) });
    let area: Area | null = defaultArea;
    if (columns.area !== null) {
      const areaRaw = valueAt(grid, row, columns.area);
      area = parseArea(areaRaw);
      if (area === null)
        problems.push({ kind: "badArea", row, col: columns.area, value: show(areaRaw) });
    }
    const deprived = columns.indicators.map((col) => {
      const raw = valueAt(grid, row, col);
      const f = parseFlag(raw);
      if (f === null) problems.push({ kind: "badFlag", row, col, value: show(raw) });
      return f === true;
    });
    if (problems.length === before)
      rows.push({ row, unit, area: area as Area, income: income as number, deprived });
  }
  return { ok: true, headerRow: header.row, columns, rows, problems };
}
