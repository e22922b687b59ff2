import type { GridReader } from "../grid/createGridReader";
import type { ColumnRole } from "../model/roles";
import type { ColumnMap } from "../model/table";
import { toNormText } from "./cellText";
import type { HeaderRows } from "./findHeaderBand";
import { readHeaderFeatures } from "./headerFeatures";
import type { HeaderFeatures } from "./headerFeatures";
import { resolveColumnRole } from "./resolveColumnRole";
import { mapTransitionColumns } from "./mapTransitionColumns";
import type { HeaderSegment } from "./resolveColumnRole";

type RawSegment = {
  readonly key: string;
  readonly norm: string;
  readonly features: HeaderFeatures;
};

export type ColumnMapping = {
  readonly columns: ColumnMap;
  readonly left: number;
  readonly right: number;
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
    if (s.length === 0) break;
    cols.set(c, s);
    right = c;
  }
  const neutral = findNeutralGroups(cols);
  const columns: ColumnMap = {};
  const yearOfColumn = new Map<number, number | null>();
  for (let c = left; c <= right; c++) {
    const raw = cols.get(c) ?? [];
    const segs = raw.map((s): HeaderSegment => ({
      features: s.features,
      neutral: neutral.has(s.key),
    }));
    const resolved = forceUnit && c === anchorCol ? "unit" : resolveColumnRole(segs);
    if (!resolved) continue;
    const role =
      columns[resolved] === undefined
        ? resolved
        : (findProjectedRole(resolved, raw, columns, c) ?? resolved);
    yearOfColumn.set(c, isPlanned(raw) ? null : findLatestYear(raw));
    const taken = columns[role];
    if (
      taken === undefined ||
      isLaterYear(yearOfColumn.get(c) ?? null, yearOfColumn.get(taken) ?? null)
    )
      columns[role] = c;
  }
  const texts = new Map([...cols].map(([c, segs]) => [c, segs.map((s) => s.norm)]));
  return { columns: mapTransitionColumns(texts, columns), left, right };
}

const END_OF_YEAR_RATE: Partial<
  Record<ColumnRole, { readonly cut: ColumnRole; readonly projected: ColumnRole }>
> = {
  poorRate: { cut: "poorCut", projected: "projectedPoorRate" },
  nearPoorRate: { cut: "nearPoorCut", projected: "projectedNearPoorRate" },
};

/**
 * A second "rate at the end of the year" in a flat header ("Tỷ lệ hộ nghèo cuối năm" right of the cut column) is the
 * projected rate: the situation's rate is already mapped, and a cut stands between them.
 */
function findProjectedRole(
  role: ColumnRole,
  segs: readonly RawSegment[],
  columns: ColumnMap,
  col: number
): ColumnRole | null {
  const pair = END_OF_YEAR_RATE[role];
  const leaf = segs[segs.length - 1];
  if (!pair || !leaf?.features.endOfYear) return null;
  const cut = columns[pair.cut];
  return cut !== undefined && cut < col && columns[pair.projected] === undefined
    ? pair.projected
    : null;
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
