import type { GridReader } from "../grid/createGridReader";
import type { BreakdownRef, ColumnMap, SkippedRow, TableGroup } from "../model/table";
import { findUnlabelledTotals, isSumOfRows } from "./findUnlabelledTotals";
import type { IndexKind } from "./groupLabels";
import { hasEnumerator, isGroupOnlyKind, readGroupName } from "./groupLabels";
import { isSubheadingLabel } from "./rowLabels";
import type { DataRows } from "./scanDataRows";

/**
 * One row of the table as the walk read it. `numbered`: a row with numbers and no totals/sub-total/breakdown label;
 * `label`: a label and no numbers; `note`: a row skipped outright (a repeated column-number row, an index alone).
 */
export type Line = {
  readonly row: number;
  readonly kind: "totals" | "subtotal" | "breakdown" | "numbered" | "label" | "note";
  /** The row's label as written (unit column, else index column). */
  readonly label: string;
  readonly norm: string;
  /** The place kind its label starts with (readKindWord), "" when none. */
  readonly kindWord: string;
  readonly index: IndexKind;
  /** The label cell is merged across columns. */
  readonly merged: boolean;
  readonly hasNumbers?: boolean;
  /** A totals-labelled row that more rows of the table follow (a sub-total). */
  readonly continues?: boolean;
};

/** Evidence a label-only row needs to be a group heading rather than a unit with empty cells. */
const LABEL_HEADING = 1;
/** Evidence a row with numbers needs to be a group heading carrying its sub-total (arithmetic included). */
const NUMBERED_HEADING = 3.5;
/** What a row equal to the sum of the units under it adds. */
const ARITHMETIC = 2;

/**
 * true when a label-only row shows it belongs to the table's structure (a heading or a unit): a roman numeral or a
 * letter in the index column, an enumerator, a section or place word, a former commune, a merged label cell.
 */
export function hasHeadingHint(line: Line): boolean {
  return (
    line.index === "roman" ||
    line.index === "letter" ||
    line.merged ||
    isSubheadingLabel(line.norm) ||
    hasEnumerator(line.norm) ||
    line.kindWord !== ""
  );
}

/**
 * Sort the table's rows into units, group headings, group sub-totals, breakdowns, notes and the totals row, from
 * the sheet's own evidence: the labels (Tổng/Cộng/Toàn xã, "(cũ)", place words differing from the units'), the index
 * column (I, II, a, b against the units' 1, 2), merged label cells, and arithmetic (a row equal to the sum of the
 * units under it), weighed like header words and column arithmetic are in detection.
 */
export function sortRows(lines: readonly Line[], reader: GridReader, columns: ColumnMap): DataRows {
  const countCols = [columns.households, columns.poor].filter((c): c is number => c !== undefined);
  const headings = findHeadings(lines, reader, countCols);
  const s = new RowSorter();
  lines.forEach((line, i) => s.take(line, headings.has(i)));
  return s.finish(reader, columns);
}

type OpenGroup = {
  label: string;
  headingRow: number | null;
  subtotalRow: number | null;
  subtotalLabel: string;
  units: number[];
};

/** The state of the walk over the lines: the group being filled, the row a breakdown would split. */
class RowSorter {
  private readonly units: number[] = [];
  private readonly names = new Map<number, string>();
  private readonly groups: TableGroup[] = [];
  private readonly breakdowns: BreakdownRef[] = [];
  private readonly skipped = new Map<number, SkippedRow["kind"]>();
  private readonly continuing: number[] = [];
  private open: OpenGroup = emptyGroup();
  private pending: Line[] = [];
  private parent: number | null = null;
  private totalsRow: number | null = null;

  take(line: Line, heading: boolean): void {
    if (line.kind === "note") return this.skip(line.row, "note");
    if (line.kind === "breakdown") return this.takeBreakdown(line);
    if (line.kind === "label" && !heading) {
      this.pending.push(line);
      return;
    }
    if (line.kind === "numbered" && !heading) {
      for (const p of this.pending) this.unit(p);
      this.pending = [];
      return this.unit(line);
    }
    if (heading && this.open.units.length > 0) for (const p of this.pending) this.unit(p);
    else this.dropPending();
    this.pending = [];
    if (line.kind === "totals") return this.takeTotals(line);
    if (line.kind === "subtotal") return this.takeSubtotal(line);
    if (heading) {
      this.close();
      const numbered = line.kind === "numbered";
      this.open = { ...emptyGroup(), label: line.label, headingRow: line.row };
      if (numbered) this.open.subtotalRow = line.row;
      this.skip(line.row, numbered ? "subtotal" : "heading");
      this.parent = numbered ? line.row : null;
    }
  }

  finish(reader: GridReader, columns: ColumnMap): DataRows {
    this.dropPending();
    this.close();
    this.promoteTotals();
    const skippedRows = [...this.skipped].map(([row, kind]) => ({ row, kind })).sort(byRow);
    if (this.totalsRow !== null || this.groups.length > 0) return { ...this.rows(), skippedRows };
    const found = findUnlabelledTotals(reader, columns, this.units);
    return { ...this.rows(), ...found, skippedRows };
  }

  private rows(): Omit<DataRows, "skippedRows"> {
    return {
      unitRows: this.units,
      totalsRow: this.totalsRow,
      groups: this.groups,
      breakdowns: this.breakdowns,
    };
  }

  private unit(line: Line): void {
    this.units.push(line.row);
    this.open.units.push(line.row);
    this.names.set(line.row, line.label);
    this.parent = line.row;
  }

  private takeBreakdown(line: Line): void {
    this.dropPending();
    this.skip(line.row, this.parent === null ? "note" : "breakdown");
    if (this.parent !== null && line.hasNumbers === true)
      this.breakdowns.push({ row: line.row, parentRow: this.parent });
  }

  private takeTotals(line: Line): void {
    if (this.units.length === 0 && this.totalsRow === null) {
      this.totalsRow = line.row;
      this.parent = line.row;
      return;
    }
    if (line.continues === true && this.units.length > 0) {
      this.continuing.push(line.row);
      return this.takeSubtotal(line);
    }
    if (this.totalsRow === null && this.units.length > 0) {
      this.close();
      this.totalsRow = line.row;
      this.parent = line.row;
      return;
    }
    this.skip(line.row, "note");
  }

  /** A "Cộng …" row closes the group above it; with no units above since the last group, it opens the next one. */
  private takeSubtotal(line: Line): void {
    this.skip(line.row, "subtotal");
    this.parent = line.row;
    if (this.open.units.length > 0 && this.open.subtotalRow === null) {
      this.open.subtotalRow = line.row;
      this.open.subtotalLabel = line.label;
      this.close();
      return;
    }
    if (this.open.units.length === 0 && this.open.subtotalRow === null && this.open.headingRow) {
      this.open.subtotalRow = line.row;
      return;
    }
    this.close();
    this.open = { ...emptyGroup(), subtotalRow: line.row, subtotalLabel: line.label };
  }

  private close(): void {
    const g = this.open;
    this.open = emptyGroup();
    if (g.units.length === 0) return;
    if (g.headingRow === null && g.subtotalRow === null) return;
    const nameOf = (row: number | undefined): string =>
      (this.names.get(row ?? 0) ?? "").replace(/\s+/g, " ").trim();
    const name =
      readGroupName(g.headingRow !== null ? g.label : g.subtotalLabel) ||
      `${nameOf(g.units[0])} – ${nameOf(g.units[g.units.length - 1])}`;
    this.groups.push({
      name,
      headingRow: g.headingRow,
      subtotalRow: g.subtotalRow,
      unitRows: g.units,
    });
  }

  /**
   * No totals row: a totals-labelled row after the last unit is it; so is the sub-total of the only group when that
   * group has no heading and holds every unit ("Cộng xã" closing a table without groups).
   */
  private promoteTotals(): void {
    if (this.totalsRow !== null) return;
    const lastUnit = this.units[this.units.length - 1] ?? 0;
    const last = this.continuing[this.continuing.length - 1];
    const only = this.groups.length === 1 ? this.groups[0] : undefined;
    const row =
      last !== undefined && last > lastUnit
        ? last
        : only && only.headingRow === null && only.unitRows.length === this.units.length
          ? only.subtotalRow
          : null;
    if (row === null) return;
    this.totalsRow = row;
    this.skipped.delete(row);
    const at = this.groups.findIndex((g) => g.subtotalRow === row);
    if (at < 0) return;
    const g = this.groups[at] as TableGroup;
    if (g.headingRow === null) this.groups.splice(at, 1);
    else this.groups[at] = { ...g, subtotalRow: null };
  }

  private dropPending(): void {
    if (this.pending.length === 0) return;
    for (const p of this.pending) this.skip(p.row, "note");
    this.pending = [];
  }

  private skip(row: number, kind: SkippedRow["kind"]): void {
    this.skipped.set(row, kind);
  }
}

function emptyGroup(): OpenGroup {
  return { label: "", headingRow: null, subtotalRow: null, subtotalLabel: "", units: [] };
}

const byRow = (a: SkippedRow, b: SkippedRow): number => a.row - b.row;

/** The positions of the lines that are group headings (with or without the group's figures). */
function findHeadings(
  lines: readonly Line[],
  reader: GridReader,
  countCols: readonly number[]
): Set<number> {
  const unitIndex = majorityIndex(lines);
  const unitKind = majorityKind(lines);
  const evidence = lines.map((line, i) =>
    line.kind === "numbered" || line.kind === "label"
      ? readEvidence(line, unitIndex, unitKind, nextUnitKind(lines, i))
      : Number.NEGATIVE_INFINITY
  );
  const out = new Set<number>();
  lines.forEach((line, i) => {
    const e = evidence[i] as number;
    if (e < LABEL_HEADING) return;
    if (line.kind === "label") {
      out.add(i);
      return;
    }
    const body = groupBody(lines, i, evidence);
    const sums =
      countCols.length > 0 &&
      (body.length >= 2 || e >= 2) &&
      isSumOfRows(reader, countCols, line.row, body);
    if (e + (sums ? ARITHMETIC : 0) >= NUMBERED_HEADING) out.add(i);
  });
  return out;
}

/** How strongly a row says it heads a group rather than being a unit. */
function readEvidence(
  line: Line,
  unitIndex: IndexKind,
  unitKind: string,
  nextKind: string
): number {
  let e = 0;
  if (line.index !== "blank" && line.index === unitIndex) e -= 2;
  else if (line.index === "roman" || line.index === "letter") e += 2;
  else if (line.index !== "blank" && line.index !== "other") e += 1.5;
  if (hasEnumerator(line.norm)) e += 2;
  else if (line.kind === "label" && isSubheadingLabel(line.norm)) e += 1;
  if (line.kindWord !== "" && line.norm.endsWith(" cu")) e += 1.5;
  const kind = line.kindWord;
  const other = line.kind === "label" ? nextKind : unitKind === nextKind ? nextKind : "";
  if (kind !== "" && other !== "" && kind !== other) e += isGroupOnlyKind(kind) ? 2 : 1.5;
  if (line.merged) e += 1;
  return e;
}

/** The place kind of the next row with numbers after position i ("" when none or unnamed). */
function nextUnitKind(lines: readonly Line[], i: number): string {
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j] as Line;
    if (l.kind === "numbered") return l.kindWord;
    if (l.kind === "totals" || l.kind === "subtotal") return "";
  }
  return "";
}

/** The rows with numbers under a candidate heading, up to the next structural row. */
function groupBody(lines: readonly Line[], i: number, evidence: readonly number[]): number[] {
  const body: number[] = [];
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j] as Line;
    if (l.kind === "totals" || l.kind === "subtotal") break;
    if ((evidence[j] as number) >= LABEL_HEADING) break;
    if (l.kind === "numbered") body.push(l.row);
  }
  return body;
}

function majorityIndex(lines: readonly Line[]): IndexKind {
  const counts = new Map<IndexKind, number>();
  for (const l of lines)
    if (l.kind === "numbered") counts.set(l.index, (counts.get(l.index) ?? 0) + 1);
  return majority(counts) ?? "blank";
}

function majorityKind(lines: readonly Line[]): string {
  const counts = new Map<string, number>();
  for (const l of lines) {
    if (l.kind !== "numbered") continue;
    counts.set(l.kindWord, (counts.get(l.kindWord) ?? 0) + 1);
  }
  return majority(counts) ?? "";
}

function majority<T>(counts: ReadonlyMap<T, number>): T | undefined {
  let best: T | undefined;
  let n = 0;
  for (const [k, c] of counts)
    if (c > n) {
      best = k;
      n = c;
    }
  return best;
}
