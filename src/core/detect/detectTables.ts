import { createGridReader } from "../grid/createGridReader";
import type { GridReader } from "../grid/createGridReader";
import type { RangeRef } from "../model/address";
import type { Grid } from "../model/grid";
import type { DetectFailureReason, DetectResult, TableLayout } from "../model/table";
import { isBlank, toNormText } from "./cellText";
import { detectTableAt } from "./detectTableAt";
import { isUnitHeaderText, readHeaderFeatures } from "./headerFeatures";
import { inferUnitAnchor } from "./inferUnitAnchor";

const MAX_COUNT_ANCHORS = 200;

const REASON_RANK: Record<DetectFailureReason, number> = {
  EMPTY_SHEET: 0,
  NO_HEADER: 1,
  NO_UNIT_COLUMN: 2,
  NO_COUNT_COLUMNS: 3,
  NO_DATA_ROWS: 4,
  GENERATED_SHEET: -1,
};

/**
 * Find every appendix table on a sheet: a unit header ("Thôn", "Tổ dân phố", …) with count columns beside it,
 * its header rows (merged groups, an optional column-number row), its unit rows and its totals row.
 * A sheet the add-in generated (`grid.generated`, e.g. the summary) is never read: it fails with GENERATED_SHEET.
 * Never throws on cell content; runs in time linear in the number of cells.
 * @example
 * const r = detectTables(grid);
 * if (r.ok) r.tables[0].columns.households // 4 (column D)
 * else r.reason // "NO_HEADER"
 */
export function detectTables(grid: Grid): DetectResult {
  if (grid.generated !== undefined)
    return { ok: false, reason: "GENERATED_SHEET", confidence: 0, detail: grid.sheet };
  const reader = createGridReader(grid);
  const tables: TableLayout[] = [];
  const taken: RangeRef[] = [];
  let failure: { reason: DetectFailureReason; confidence: number } | null = null;
  let sawContent = false;
  const countAnchors: { row: number; col: number }[] = [];
  for (let r = reader.top; r <= reader.bottom; r++) {
    for (let c = reader.left; c <= reader.right; c++) {
      const v = reader.raw(r, c);
      if (isBlank(v)) continue;
      sawContent = true;
      if (typeof v !== "string" || v.length > 80) continue;
      const norm = toNormText(v);
      if (!isUnitHeaderText(norm)) {
        if (countAnchors.length < MAX_COUNT_ANCHORS && isCountHeader(norm))
          countAnchors.push({ row: r, col: c });
        continue;
      }
      if (taken.some((t) => inside(t, r, c))) continue;
      const attempt = detectTableAt(reader, r, c);
      if (attempt.ok) {
        tables.push(attempt.layout);
        taken.push({ ...attempt.layout.range, top: attempt.band.top });
      } else if (!failure || REASON_RANK[attempt.reason] > REASON_RANK[failure.reason]) {
        failure = { reason: attempt.reason, confidence: attempt.confidence };
      }
    }
  }
  if (tables.length === 0) tables.push(...detectWithInferredUnits(reader, countAnchors));
  if (tables.length > 0) return { ok: true, tables };
  return failWith(reader, failure, sawContent, countAnchors.length > 0);
}

function detectWithInferredUnits(
  reader: GridReader,
  anchors: readonly { row: number; col: number }[]
): TableLayout[] {
  const tables: TableLayout[] = [];
  const taken: RangeRef[] = [];
  for (const a of anchors) {
    if (taken.some((t) => inside(t, a.row, a.col))) continue;
    const unit = inferUnitAnchor(reader, a.row, a.col);
    if (!unit) continue;
    const attempt = detectTableAt(reader, unit.row, unit.col, true);
    if (!attempt.ok) continue;
    tables.push(attempt.layout);
    taken.push({ ...attempt.layout.range, top: attempt.band.top });
  }
  return tables;
}

function failWith(
  reader: GridReader,
  failure: { reason: DetectFailureReason; confidence: number } | null,
  sawContent: boolean,
  sawCountHeader: boolean
): DetectResult {
  if (failure) return { ok: false, ...failure, detail: reader.grid.sheet };
  const detail = reader.grid.sheet;
  if (!sawContent) return { ok: false, reason: "EMPTY_SHEET", confidence: 0, detail };
  if (sawCountHeader) return { ok: false, reason: "NO_UNIT_COLUMN", confidence: 0.1, detail };
  return { ok: false, reason: "NO_HEADER", confidence: 0, detail };
}

/** Words without which a text cannot name households or the poor (a cheap test before reading its features). */
const COUNT_WORDS = / (ho|ngheo|hn|hcn|tong so) /;

function isCountHeader(norm: string): boolean {
  if (norm.length > 60 || !COUNT_WORDS.test(` ${norm} `)) return false;
  const f = readHeaderFeatures(norm);
  return (f.subject === "households" && !f.weakSubject) || f.subject === "poor";
}

function inside(t: RangeRef, r: number, c: number): boolean {
  return r >= t.top && r <= t.bottom && c >= t.left && c <= t.right;
}
