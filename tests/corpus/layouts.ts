/**
 * Whole-layout workbooks the way officers make them (none of them like the shared fixture): titles above, headers
 * of one to three rows with merged groups, column-number rows of each form, wards and hamlets, totals on top or
 * below or unlabelled, sub-headings and sub-totals, notes and signatures below, two tables on a sheet, a cover
 * sheet, formulas, fractions with and without a % format, no diacritics, cut columns without "nghèo", near-poor only.
 * Each is built as a WorkbookSpec (written to .xlsx by writeXlsx.ts) with what detection must find.
 */
import type { ColumnRole, RangeRef, RawValue } from "../../src/core";
import { rangeFromA1, toColumnLetters } from "../../src/core";
import type { SheetSpec, WorkbookSpec } from "./appendix";
import { stripDiacritics } from "./headers";
import type { ExtraKind } from "./headers";
import { isRateColumn, SAMPLE_UNITS, sumUnits, valueOf } from "./unitFigures";
import type { RateForm, UnitFigures } from "./unitFigures";

/** One table on a sheet. Header merges are A1 ranges relative to the header's top-left cell. */
export type TableSpec = {
  readonly header: readonly (readonly (string | null)[])[];
  readonly merges?: readonly string[];
  readonly columns: readonly (ColumnRole | ExtraKind)[];
  /** A column-number row under the header. */
  readonly numbering?: readonly RawValue[];
  /** Unit names, in order; or sections, each with a sub-heading (and an optional sub-total). */
  readonly units: readonly string[] | readonly Section[];
  readonly totals: { readonly at: "below" | "above"; readonly label: string | null } | null;
  readonly form?: RateForm;
  /** Rates as fractions under "0.00%". */
  readonly percentFormat?: boolean;
  /** The rate columns' number format when not a % format (default "0.00"), e.g. a literal percent sign "0.00\\%". */
  readonly rateFormat?: string;
  /** Rates and totals as formulas (cached results as values). */
  readonly formulas?: boolean;
  /** Blank rows inside the data after these unit indexes. */
  readonly blankAfter?: readonly number[];
  readonly breakdowns?: readonly Breakdown[];
};

/**
 * A group of units: a heading row ("I. Khu vực thành thị", or "Xã Hưng Thịnh (cũ)" with `index` "I"), optionally
 * carrying the group's figures (`headingFigures`), and/or a sub-total row ("Cộng khu phố 1") above or below the units.
 * `name` is the group name detection must report (default: the heading as written).
 */
export type Section = {
  readonly heading: string;
  readonly index?: RawValue;
  readonly headingFigures?: boolean;
  readonly units: readonly string[];
  readonly subtotal?: string;
  readonly subtotalAt?: "above" | "below";
  readonly name?: string;
};

/**
 * "Trong đó" rows under the unit numbered `after` (1-based, in table order) or under the totals row: each item splits
 * its parent (its counts about half the parent's); `lead` is a label-only "Trong đó:" line before the items.
 */
export type Breakdown = {
  readonly after: number | "totals";
  readonly lead?: string;
  readonly items: readonly string[];
};

export type LayoutSheet = {
  readonly name: string;
  /** Top-left cell of the first table's header. */
  readonly at?: string;
  readonly above?: readonly string[];
  readonly tables: readonly TableSpec[];
  readonly below?: readonly string[];
  /** Text-only cells elsewhere ("Đơn vị tính: hộ" far right, a stray note). */
  readonly stray?: Readonly<Record<string, RawValue>>;
};

export type Layout = {
  readonly name: string;
  readonly sheets: readonly LayoutSheet[];
  /** Issues the check must report ("CODE@A1"); none when clean. */
  readonly issues?: readonly string[];
  /** Strip every diacritic from the workbook's text. */
  readonly plain?: boolean;
};

/** What detection must find for one table. */
export type ExpectedTable = {
  readonly sheet: string;
  readonly columns: Record<string, string>;
  readonly headerRows: readonly [number, number];
  readonly unitRows: readonly number[];
  readonly totalsRow: number | null;
  readonly groups: readonly ExpectedGroup[];
  readonly breakdowns: readonly { readonly row: number; readonly parentRow: number }[];
};

export type ExpectedGroup = {
  readonly name: string;
  readonly headingRow: number | null;
  readonly subtotalRow: number | null;
  readonly unitRows: readonly number[];
};

export type BuiltLayout = {
  readonly spec: WorkbookSpec;
  readonly tables: readonly ExpectedTable[];
};

const figures = (names: readonly string[], offset: number): UnitFigures[] =>
  names.map((name, i) => ({
    ...(SAMPLE_UNITS[(i + offset) % SAMPLE_UNITS.length] as Omit<UnitFigures, "name">),
    name,
  }));

/** Build the workbook and the expected tables of a layout. */
export function buildLayout(layout: Layout): BuiltLayout {
  const tables: ExpectedTable[] = [];
  const plain = layout.plain === true;
  const sheets = layout.sheets.map((s) => buildSheet(s, tables, plain));
  const named = plain
    ? tables.map((t) => ({
        ...t,
        groups: t.groups.map((g) => ({ ...g, name: stripDiacritics(g.name) })),
      }))
    : tables;
  return { spec: { sheets }, tables: named };
}

function buildSheet(s: LayoutSheet, expected: ExpectedTable[], plain: boolean): SheetSpec {
  const cells = new Map<string, { v: RawValue; f?: string; fmt?: string }>();
  const merges: RangeRef[] = [];
  const origin = rangeFromA1(s.at ?? "A1");
  const text = (t: RawValue): RawValue => (plain && typeof t === "string" ? stripDiacritics(t) : t);
  const put = (
    r: number,
    c: number,
    v: RawValue,
    extra: { f?: string; fmt?: string } = {}
  ): void => {
    cells.set(`${r}:${c}`, { v: text(v), ...extra });
  };
  let row = origin.top;
  for (const line of s.above ?? []) {
    put(row, origin.left, line);
    row++;
  }
  if ((s.above ?? []).length > 0) row++;
  for (const t of s.tables) {
    row = buildTable(t, row, origin.left, put, merges, s.name, expected) + 3;
  }
  for (const line of s.below ?? []) {
    put(row, origin.left, line);
    row += 1;
  }
  for (const [a1, v] of Object.entries(s.stray ?? {})) {
    const r = rangeFromA1(a1);
    put(r.top, r.left, v);
  }
  let bottom = 0;
  let right = 0;
  for (const key of cells.keys()) {
    const [r, c] = key.split(":").map(Number) as [number, number];
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  for (const m of merges) {
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  const values: RawValue[][] = [];
  const formats: string[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = 1; r <= bottom; r++) {
    const vr: RawValue[] = [];
    const fr: string[] = [];
    const xr: (string | null)[] = [];
    for (let c = 1; c <= right; c++) {
      const cell = cells.get(`${r}:${c}`);
      vr.push(cell?.v ?? null);
      fr.push(cell?.fmt ?? "General");
      xr.push(cell?.f ?? null);
    }
    values.push(vr);
    formats.push(fr);
    formulas.push(xr);
  }
  return { name: s.name, values, numberFormats: formats, formulas, merges, hiddenRows: [] };
}

type Put = (r: number, c: number, v: RawValue, extra?: { f?: string; fmt?: string }) => void;

/** Writes one table from `top`; returns the last row written. */
function buildTable(
  t: TableSpec,
  top: number,
  left: number,
  put: Put,
  merges: RangeRef[],
  sheet: string,
  expected: ExpectedTable[]
): number {
  t.header.forEach((line, i) =>
    line.forEach((h, j) => {
      if (h !== null) put(top + i, left + j, h);
    })
  );
  for (const m of t.merges ?? []) {
    const r = rangeFromA1(m);
    merges.push({
      top: r.top + top - 1,
      left: r.left + left - 1,
      bottom: r.bottom + top - 1,
      right: r.right + left - 1,
    });
  }
  let row = top + t.header.length;
  if (t.numbering) {
    t.numbering.forEach((v, j) => put(row, left + j, v));
    row++;
  }
  const headerEnd = row - 1;
  const form = t.form ?? (t.percentFormat ? "fraction" : "percent");
  const colOf = (role: string): number => left + t.columns.indexOf(role as ColumnRole);
  const sections: Section[] =
    typeof t.units[0] === "string"
      ? [{ heading: "", units: t.units as string[] }]
      : (t.units as Section[]);
  const all = figures(
    sections.flatMap((s) => s.units),
    0
  );
  const total = sumUnits(all, t.totals?.label ?? "");
  const unitRows: number[] = [];
  let totalsRow: number | null = null;
  const writeFigures = (
    r: number,
    u: UnitFigures,
    index: number | null,
    sumRows: readonly number[] | null
  ): void => {
    t.columns.forEach((role, j) => {
      const c = left + j;
      if (role === "index") {
        if (index !== null) put(r, c, index);
        return;
      }
      if (role === "unit") {
        if (u.name !== "") put(r, c, u.name);
        return;
      }
      const v = valueOf(role, u, form);
      if (v === null) return;
      const fmt = isRateColumn(role)
        ? t.percentFormat
          ? "0.00%"
          : (t.rateFormat ?? "0.00")
        : undefined;
      const f = t.formulas ? formulaFor(role, r, colOf, sumRows, form) : undefined;
      put(r, c, v, { ...(fmt ? { fmt } : {}), ...(f ? { f } : {}) });
    });
  };
  if (t.totals?.at === "above") {
    totalsRow = row;
    row++;
  }
  const parentOf = new Map<number | "totals", { row: number; figures: UnitFigures }>();
  const breakdownRows: { row: number; parentRow: number }[] = [];
  const writeBreakdowns = (after: number | "totals"): void => {
    const parent = parentOf.get(after);
    for (const b of t.breakdowns ?? []) {
      if (b.after !== after || !parent) continue;
      if (b.lead) put(row++, colOf("unit"), b.lead);
      b.items.forEach((label, i) => {
        writeFigures(row, halfOf(parent.figures, label, i), null, null);
        breakdownRows.push({ row, parentRow: parent.row });
        row++;
      });
    }
  };
  if (totalsRow !== null) {
    parentOf.set("totals", { row: totalsRow, figures: total });
    writeBreakdowns("totals");
  }
  const groups: ExpectedGroup[] = [];
  let index = 0;
  let k = 0;
  for (const s of sections) {
    const members = figures(s.units, k);
    const groupTotal = sumUnits(members, s.subtotal ?? s.heading);
    const headingRow = s.heading !== "" ? row++ : null;
    const above = s.subtotal && s.subtotalAt === "above" ? row++ : null;
    const first = row;
    const rowsOfSection: number[] = [];
    for (let i = 0; i < s.units.length; i++) {
      const u = all[k++] as UnitFigures;
      writeFigures(row, u, ++index, null);
      unitRows.push(row);
      rowsOfSection.push(row);
      parentOf.set(index, { row, figures: u });
      row++;
      writeBreakdowns(index);
      if (t.blankAfter?.includes(index)) row++;
    }
    const below = s.subtotal && s.subtotalAt !== "above" ? row++ : null;
    if (headingRow !== null) {
      if (s.index !== undefined) put(headingRow, colOf("index"), s.index);
      if (s.headingFigures)
        writeFigures(headingRow, { ...groupTotal, name: "" }, null, rowsOfSection);
      put(headingRow, colOf("unit"), s.heading);
    }
    const subtotalRow = above ?? below;
    if (subtotalRow !== null) writeFigures(subtotalRow, groupTotal, null, rowsOfSection);
    if (headingRow !== null || subtotalRow !== null)
      groups.push({
        name: s.name ?? s.heading,
        headingRow,
        subtotalRow: s.headingFigures ? headingRow : subtotalRow,
        unitRows: rowsOfSection.filter((r) => r >= first),
      });
  }
  if (t.totals?.at === "below") {
    totalsRow = row;
    row++;
    writeFigures(totalsRow, total, null, unitRows);
    parentOf.set("totals", { row: totalsRow, figures: total });
    writeBreakdowns("totals");
  } else if (totalsRow !== null) writeFigures(totalsRow, total, null, unitRows);
  expected.push({
    sheet,
    columns: Object.fromEntries(
      t.columns.flatMap((role, j) => (isRole(role) ? [[role, toColumnLetters(left + j)]] : []))
    ),
    headerRows: [top, headerEnd],
    unitRows,
    totalsRow,
    groups,
    breakdowns: breakdownRows,
  });
  return row - 1;
}

/** A "trong đó" row's figures: about half of its parent's, so it never exceeds it. */
function halfOf(u: UnitFigures, name: string, i: number): UnitFigures {
  const part = (x: number): number => Math.floor(x / (2 + i));
  return {
    name,
    population: part(u.population),
    households: part(u.households),
    poor: part(u.poor),
    nearPoor: part(u.nearPoor),
    poorCut: part(u.poorCut),
    nearPoorCut: part(u.nearPoorCut),
  };
}

const EXTRA: readonly string[] = ["persons", "note", "projectedCount", "nearPersons", "subsetRate"];
const isRole = (role: string): role is ColumnRole => !EXTRA.includes(role);

function formulaFor(
  role: string,
  r: number,
  colOf: (role: string) => number,
  sumRows: readonly number[] | null,
  form: RateForm
): string | undefined {
  const ref = (rl: string): string => `${toColumnLetters(colOf(rl))}${r}`;
  const scale = form === "fraction" ? "" : "*100";
  const digits = form === "fraction" ? 4 : 2;
  const rate = (num: string, minus?: string): string =>
    `=ROUND(${minus ? `(${ref(num)}-${ref(minus)})` : ref(num)}/${ref("households")}${scale},${digits})`;
  switch (role) {
    case "poorRate":
      return rate("poor");
    case "nearPoorRate":
      return rate("nearPoor");
    case "poorCutRate":
      return rate("poorCut");
    case "nearPoorCutRate":
      return rate("nearPoorCut");
    case "projectedPoorRate":
      return rate("poor", "poorCut");
    case "projectedNearPoorRate":
      return rate("nearPoor", "nearPoorCut");
    default:
      if (!sumRows || !isRole(role) || role === "index" || role === "unit") return undefined;
      return `=SUM(${sumRows.map((x) => `${toColumnLetters(colOf(role))}${x}`).join(",")})`;
  }
}
