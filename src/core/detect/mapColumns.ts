import type { GridReader } from "../grid/createGridReader";
import type { ColumnRole } from "../model/roles";
import type { ColumnMap } from "../model/table";
import { toNormText } from "./cellText";
import type { HeaderRows } from "./findHeaderBand";
import { readHeaderFeatures } from "./headerFeatures";
import type { HeaderFeatures } from "./headerFeatures";
import { isBareRate, resolveColumnRole } from "./resolveColumnRole";
import { RATE_DEFINITIONS } from "../rates/rateDefinitions";
import { mapTransitionColumns } from "./mapTransitionColumns";
import type { HeaderSegment } from "./resolveColumnRole";

type RawSegment = {
  readonly key: string;
  readonly norm: string;
  readonly features: HeaderFeatures;
};

/** A column whose header did not settle its role: left for the arithmetic of its numbers to decide. */
export type ColumnCandidate = {
  readonly col: number;
  /** The role its header suggests, already taken by another column (or null when the header names none). */
  readonly proposed: ColumnRole | null;
  /** What its lowest header text says it measures, if anything. */
  readonly measure?: "rate" | "count";
  /** Its header speaks of a cut ("giảm", "chỉ tiêu", "kế hoạch"), itself or through a group. */
  readonly cutHint: boolean;
};

export type ColumnMapping = {
  readonly columns: ColumnMap;
  readonly left: number;
  readonly right: number;
  readonly candidates: readonly ColumnCandidate[];
  /**
   * Bare rate columns ("Tỷ lệ (%)") their place gave a role, each with the only other roles its numbers may move it
   * to (right of a cut: the projected rate); the numbers never move them elsewhere.
   */
  readonly placed: ReadonlyMap<number, readonly ColumnRole[]>;
};

const MAX_COLUMNS = 80;

/**
 * Map each column of a header band to a role. The columns run left and right of the anchor while header text
 * continues; each column's texts top to bottom (merged group headers spread) decide its role; a role found twice
 * keeps its leftmost column, unless the later one's header names a later year ("Hộ nghèo năm 2023" | "Hộ nghèo năm
 * 2024 (sau rà soát)": the plan works on the newer figures) — never a planned or projected one ("Năm 2025 (dự kiến)"). `forceUnit`: the anchor column is the unit column whatever its header says.
 */
export function mapColumns(
  reader: GridReader,
  band: HeaderRows,
  anchorCol: number,
  forceUnit = false
): ColumnMapping {
  const segmentsOf = (c: number): RawSegment[] => readSegments(reader, band, c);
  const cols = new Map<number, RawSegment[]>();
  let left = anchorCol;
  let right = anchorCol;
  cols.set(anchorCol, segmentsOf(anchorCol));
  for (let c = anchorCol - 1; c >= reader.left && anchorCol - c < MAX_COLUMNS; c--) {
    const s = segmentsOf(c);
    if (s.length === 0) break;
    cols.set(c, s);
    left = c;
  }
  for (let c = anchorCol + 1; c <= reader.right && c - anchorCol < MAX_COLUMNS; c++) {
    const s = segmentsOf(c);
    if (s.length === 0) {
      // One blank spacer column inside a header ("… | Số hộ nghèo | (blank) | Tỷ lệ | …") does not end it;
      // another table's own first column does.
      if (c === right + 1 && continuesAfterGap(c + 1 <= reader.right ? segmentsOf(c + 1) : []))
        continue;
      break;
    }
    cols.set(c, s);
    right = c;
  }
  const neutral = findNeutralGroups(cols);
  const householdGroups = findHouseholdGroups(cols);
  const columns: ColumnMap = {};
  const yearOfColumn = new Map<number, number | null>();
  const candidates: ColumnCandidate[] = [];
  const segmentsAt = (c: number): HeaderSegment[] =>
    (cols.get(c) ?? []).map((s) => ({
      features: s.features,
      neutral: neutral.has(s.key),
      coversHouseholds: householdGroups.has(s.key),
    }));
  const firstCut = findFirstCut(left, right, segmentsAt);
  for (let c = left; c <= right; c++) {
    const raw = cols.get(c) ?? [];
    const segs = segmentsAt(c);
    const resolved =
      forceUnit && c === anchorCol
        ? "unit"
        : resolveColumnRole(segs, { beforeCut: firstCut !== null && c < firstCut });
    const candidate = (proposed: ColumnRole | null): void => {
      const leaf = raw[raw.length - 1]?.features;
      candidates.push({
        col: c,
        proposed,
        ...(leaf?.measure ? { measure: leaf.measure } : {}),
        cutHint: segs.some((s) => !s.neutral && s.features.aspect === "cut"),
      });
    };
    if (!resolved) {
      if (raw.length > 0 && c !== anchorCol) candidate(null);
      continue;
    }
    const role =
      columns[resolved] === undefined ? resolved : findProjectedRole(resolved, raw, columns, c);
    if (role === null) {
      candidate(resolved);
      continue;
    }
    yearOfColumn.set(c, isPlanned(raw) ? null : findLatestYear(raw));
    const taken = columns[role];
    if (
      taken === undefined ||
      isLaterYear(yearOfColumn.get(c) ?? null, yearOfColumn.get(taken) ?? null)
    )
      columns[role] = c;
    else candidate(role);
  }
  const texts = new Map([...cols].map(([c, segs]) => [c, segs.map((s) => s.norm)]));
  const bare = [...cols.keys()].filter((c) => isBareRate(segmentsAt(c))).sort((a, b) => a - b);
  const placed = placeBareRates(mapTransitionColumns(texts, withOnlySubject(columns)), bare);
  return {
    columns: placed.columns,
    left,
    right,
    candidates: candidates.filter((cand) => !placed.placed.has(cand.col)),
    placed: placed.placed,
  };
}

/**
 * The rates a count column's bare rate may be, its own rate first: right of a cut, "Tỷ lệ (%)" is the cut's rate or
 * the projected rate ((poor − cut) / households) — a tie only the numbers break.
 */
const RATES_OF_COUNT: ReadonlyMap<ColumnRole, readonly ColumnRole[]> = new Map(
  RATE_DEFINITIONS.filter((d) => d.minus === undefined).map((d) => [
    d.numerator,
    [d.role, ...RATE_DEFINITIONS.filter((p) => p.minus === d.numerator).map((p) => p.role)],
  ])
);

/**
 * A bare rate header belongs to the count column immediately to its left (the numbers only break ties, and a
 * wrong rate column is still checked as that count's rate): "Số hộ cận nghèo | Tỷ lệ (%)" is the near-poor rate.
 * A bare rate with no count on its left keeps what its header gave it; a rate another header names stays there.
 * Returns, per placed column, the other roles its numbers may still choose (the tie).
 */
function placeBareRates(
  columns: ColumnMap,
  bare: readonly number[]
): { columns: ColumnMap; placed: Map<number, readonly ColumnRole[]> } {
  const out: Partial<Record<ColumnRole, number>> = { ...columns };
  const roleAt = new Map<number, ColumnRole>();
  for (const [role, col] of Object.entries(out) as [ColumnRole, number][]) roleAt.set(col, role);
  const placed = new Map<number, readonly ColumnRole[]>();
  for (const c of bare) {
    const left = roleAt.get(c - 1);
    const rates = left === undefined ? undefined : RATES_OF_COUNT.get(left);
    const rate = rates?.[0];
    if (rates === undefined || rate === undefined) continue;
    // A column whose header names this rate itself keeps it; so does an earlier bare rate placed there.
    const holder = out[rate];
    if (holder !== undefined && holder !== c && (placed.has(holder) || !bare.includes(holder)))
      continue;
    const own = roleAt.get(c);
    if (own !== undefined && out[own] === c) delete out[own];
    out[rate] = c;
    roleAt.set(c, rate);
    placed.set(c, rates.slice(1));
  }
  return { columns: out, placed };
}

const POOR_TO_NEAR_POOR: readonly (readonly [ColumnRole, ColumnRole])[] = [
  ["poorCut", "nearPoorCut"],
  ["poorCutRate", "nearPoorCutRate"],
  ["projectedPoorRate", "projectedNearPoorRate"],
];

/**
 * A cut or a projection whose header names no one ("Phấn đấu giảm (hộ)", "Tỷ lệ giảm") was taken for the poor;
 * in a near-poor-only table (no poor column) it is the near-poor's.
 */
function withOnlySubject(columns: ColumnMap): ColumnMap {
  if (columns.poor !== undefined || columns.nearPoor === undefined) return columns;
  const out: Partial<Record<ColumnRole, number>> = { ...columns };
  for (const [poorRole, nearRole] of POOR_TO_NEAR_POOR) {
    const col = out[poorRole];
    if (col === undefined || out[nearRole] !== undefined) continue;
    delete out[poorRole];
    out[nearRole] = col;
  }
  return out;
}

function continuesAfterGap(next: readonly RawSegment[]): boolean {
  const leaf = next[next.length - 1]?.features;
  return leaf !== undefined && !leaf.unit && !leaf.index && isHeaderLikeFeatures(leaf);
}

const isHeaderLikeFeatures = (f: HeaderFeatures): boolean =>
  f.subject !== undefined || f.measure !== undefined || f.aspect !== undefined;

const CUT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "poorCut",
  "poorCutRate",
  "nearPoorCut",
  "nearPoorCutRate",
]);

/** The first column whose header names a cut, or null when none does. */
function findFirstCut(
  left: number,
  right: number,
  segmentsAt: (c: number) => HeaderSegment[]
): number | null {
  for (let c = left; c <= right; c++) {
    const role = resolveColumnRole(segmentsAt(c));
    if (role !== null && CUT_ROLES.has(role)) return c;
  }
  return null;
}

const AFTER_CUT: Partial<
  Record<ColumnRole, { readonly cut: ColumnRole; readonly projected: ColumnRole | null }>
> = {
  poorRate: { cut: "poorCut", projected: "projectedPoorRate" },
  nearPoorRate: { cut: "nearPoorCut", projected: "projectedNearPoorRate" },
  poor: { cut: "poorCut", projected: null },
  nearPoor: { cut: "nearPoorCut", projected: null },
};

/**
 * A second situation column right of the cut column ("Tỷ lệ hộ nghèo cuối năm", "Hộ nghèo năm 2025") is the
 * projection: its rate is the projected rate, its count (poor − cut) has no role of its own and never replaces the
 * situation's count. Null: the column takes no role from its header. Any other repeat keeps its role (an older or
 * newer year's situation, decided by the caller).
 */
function findProjectedRole(
  role: ColumnRole,
  segs: readonly RawSegment[],
  columns: ColumnMap,
  col: number
): ColumnRole | null {
  const pair = AFTER_CUT[role];
  if (!pair) return role;
  const cut = columns[pair.cut];
  if (cut === undefined || cut > col) return role;
  const projection = segs.some((s) => s.features.endOfYear) || findLatestYear(segs) !== null;
  if (!projection) return role;
  if (pair.projected === null) return null;
  return columns[pair.projected] === undefined ? pair.projected : null;
}

/** true when a column's header speaks of a cut, a plan or a projection rather than a situation. */
function isPlanned(segs: readonly RawSegment[]): boolean {
  return segs.some((s) => s.features.aspect === "cut" || s.features.aspect === "projected");
}

/** The latest year (1990–2099) a column's header texts mention, or null. */
function findLatestYear(segs: readonly RawSegment[]): number | null {
  let latest: number | null = null;
  for (const s of segs) {
    for (const m of s.norm.matchAll(/(?:^|\D)((?:19|20)\d\d)(?!\d)/g)) {
      const y = Number(m[1]);
      if (y >= 1990 && (latest === null || y > latest)) latest = y;
    }
  }
  return latest;
}

const isLaterYear = (candidate: number | null, current: number | null): boolean =>
  candidate !== null && current !== null && candidate > current;

function readSegments(reader: GridReader, band: HeaderRows, col: number): RawSegment[] {
  const out: RawSegment[] = [];
  for (let r = band.top; r <= band.bottom; r++) {
    const m = reader.mergeAt(r, col);
    const v = reader.spread(r, col);
    const norm = toNormText(v);
    if (norm.length === 0) continue;
    const key = m ? `${m.top}:${m.left}` : `${r}:${col}`;
    const last = out[out.length - 1];
    if (last && (last.key === key || last.norm === norm)) continue;
    out.push({ key, norm, features: readHeaderFeatures(norm) });
  }
  return out;
}

/** Group headers spanning the all-households count: their persons column is the population. */
function findHouseholdGroups(cols: ReadonlyMap<number, readonly RawSegment[]>): Set<string> {
  const out = new Set<string>();
  for (const segs of cols.values()) {
    const leaf = segs[segs.length - 1]?.features;
    if (!leaf || leaf.subject !== "households" || leaf.weakSubject || leaf.measure === "rate")
      continue;
    for (const s of segs.slice(0, -1)) out.add(s.key);
  }
  return out;
}

/** A group header is neutral (says nothing about cut/start) when it spans a column that is itself a base column. */
function findNeutralGroups(cols: ReadonlyMap<number, readonly RawSegment[]>): Set<string> {
  const neutral = new Set<string>();
  for (const segs of cols.values()) {
    const leaf = segs[segs.length - 1];
    if (!leaf) continue;
    const f = leaf.features;
    const base =
      f.index ||
      f.unit ||
      f.subject === "population" ||
      (f.subject === "households" && !f.weakSubject);
    if (!base) continue;
    for (const s of segs.slice(0, -1)) neutral.add(s.key);
  }
  return neutral;
}
