import type { GridReader } from "../grid/createGridReader";
import type { RawValue } from "../model/cell";
import type { ColumnRole, CountRole } from "../model/roles";
import type { ColumnMap } from "../model/table";
import { isPercentFormat } from "../parse/parseCell";
import { parseNumberText } from "../parse/parseNumberText";
import { listRateInputs, RATE_DEFINITIONS } from "../rates/rateDefinitions";
import type { RateDefinition } from "../rates/rateDefinitions";
import { measureRateAgreement, readRateForm } from "../read/rateAgreement";
import type { ColumnNumbers } from "../read/rateAgreement";
import type { ColumnCandidate } from "./mapColumns";

/** A count column the numbers may reveal: its base (it never exceeds it) and the rates that would confirm it. */
type CountClue = {
  readonly role: CountRole;
  readonly base: CountRole;
  /** Rates computed from it: one of them following the numbers confirms the column. */
  readonly confirmedBy: readonly ColumnRole[];
  /** A cut hint in the header is enough (with the numbers within the base). */
  readonly hintEnough: boolean;
};

const COUNT_CLUES: readonly CountClue[] = [
  { role: "poor", base: "households", confirmedBy: ["poorRate"], hintEnough: false },
  {
    role: "poorCut",
    base: "poor",
    confirmedBy: ["poorCutRate", "projectedPoorRate"],
    hintEnough: true,
  },
  {
    role: "nearPoorCut",
    base: "nearPoor",
    confirmedBy: ["nearPoorCutRate", "projectedNearPoorRate"],
    hintEnough: true,
  },
];

/** Share of comparable rows below which a header's rate role is contradicted by its numbers. */
const CONTRADICTED_SHARE = 0.5;

/**
 * The second kind of evidence: the arithmetic of the columns. Starting from the header's mapping it
 * - maps a count column the header left open (a "Số hộ" taken twice, an unnamed column under a cut group) when its
 *   numbers stay within their base in every row and a rate column follows them (X / households, (poor − X) / households);
 * - maps a rate column the header left open, or gave a role already taken, to the one free rate its numbers follow
 *   row by row, in percent points or as fractions without a % format;
 * - moves a rate column whose numbers contradict its header's role to the one free rate they do follow.
 * It never maps a column whose numbers do not follow a formula: the numbers confirm and break ties, they invent nothing.
 * A population column whose every number is below the households is unmapped (the numbers confirm the persons).
 * A bare rate its place settled (`placed`: "Tỷ lệ (%)" right of a count) moves only within the roles its place allows
 * (the tie right of a cut): otherwise its mistakes get reported, not escaped.
 * Linear in rows × candidate columns × rate definitions.
 */
export function refineByArithmetic(
  reader: GridReader,
  columns: ColumnMap,
  candidates: readonly ColumnCandidate[],
  unitRows: readonly number[],
  placed: ReadonlyMap<number, readonly ColumnRole[]> = new Map()
): ColumnMap {
  if (columns.households === undefined || unitRows.length === 0) return columns;
  const out: Partial<Record<ColumnRole, number>> = { ...columns };
  const cache = new Map<string, ColumnNumbers>();
  const numbers = (col: number, kind: "count" | "rate"): ColumnNumbers => {
    const key = `${kind}:${col}`;
    let v = cache.get(key);
    if (!v) {
      v = readColumnNumbers(reader, col, unitRows, kind);
      cache.set(key, v);
    }
    return v;
  };
  const roleNumbers = (role: CountRole): ColumnNumbers | undefined => {
    const col = out[role];
    return col === undefined ? undefined : numbers(col, "count");
  };
  const follows = (col: number, def: RateDefinition): boolean => {
    const n = roleNumbers(def.numerator);
    const h = roleNumbers(def.denominator);
    const m = def.minus ? roleNumbers(def.minus) : undefined;
    if (!n || !h || (def.minus && !m)) return false;
    return readRateForm(measureRateAgreement(numbers(col, "rate"), n, m, h)) !== null;
  };
  // A persons column whose every number is below the households is no population (the poor's persons, say).
  const population = out.population;
  if (population !== undefined && isBelow(numbers(population, "count"), roleNumbers("households")))
    delete out.population;
  const used = new Set<number>();
  // A column the header already gave a role (the transitions mapping runs after the candidates were listed) is no
  // longer open.
  const mapped = new Set(Object.values(columns));
  const free = candidates.filter((c) => !mapped.has(c.col));

  for (const clue of COUNT_CLUES) {
    if (out[clue.role] !== undefined || out[clue.base] === undefined) continue;
    const base = roleNumbers(clue.base) as ColumnNumbers;
    for (const cand of free) {
      // A column the header calls a situation ("Hộ nghèo thuộc diện bảo trợ") is no cut, unless it speaks of one.
      const open =
        cand.proposed === null ||
        cand.proposed === "households" ||
        (clue.hintEnough && cand.cutHint);
      if (
        !open ||
        used.has(cand.col) ||
        cand.measure === "rate" ||
        !staysWithin(numbers(cand.col, "count"), base)
      )
        continue;
      out[clue.role] = cand.col;
      const confirmed =
        (clue.hintEnough && cand.cutHint) ||
        clue.confirmedBy.some((role) => {
          const def = definitionOf(role);
          const mapped = out[role];
          if (mapped !== undefined) return follows(mapped, def);
          return free.some((r) => r.col !== cand.col && !used.has(r.col) && follows(r.col, def));
        });
      if (confirmed) {
        used.add(cand.col);
        break;
      }
      delete out[clue.role];
    }
  }

  const usable = (): RateDefinition[] =>
    RATE_DEFINITIONS.filter((d) => listRateInputs(d).every((r) => out[r] !== undefined));

  // A rate the header named wrongly: its numbers contradict its formula, or its formula cannot be computed here
  // ("Tỷ lệ giảm" in a near-poor-only table is no poor cut rate); it moves to the one free rate they follow.
  for (const def of RATE_DEFINITIONS) {
    const col = out[def.role];
    if (col === undefined) continue;
    const allowed = placed.get(col);
    const computable = listRateInputs(def).every((r) => out[r] !== undefined);
    // A placed rate keeps its place's role unless its numbers follow the tie's other role and not its own.
    const keep = (): boolean =>
      allowed === undefined ? !isContradicted(col, def) : allowed.length === 0;
    if (computable && (follows(col, def) || keep())) continue;
    const other = usable().filter(
      (d) =>
        out[d.role] === undefined &&
        (allowed === undefined || allowed.includes(d.role)) &&
        follows(col, d)
    );
    if (other.length !== 1) continue;
    delete out[def.role];
    out[(other[0] as RateDefinition).role] = col;
  }

  for (const cand of free) {
    if (used.has(cand.col) || cand.measure === "count") continue;
    const open = usable().filter((d) => out[d.role] === undefined && follows(cand.col, d));
    const pick =
      open.find((d) => d.role === cand.proposed) ?? (open.length === 1 ? open[0] : undefined);
    if (!pick) continue;
    out[pick.role] = cand.col;
    used.add(cand.col);
  }
  return out;

  function isContradicted(col: number, def: RateDefinition): boolean {
    const n = roleNumbers(def.numerator) as ColumnNumbers;
    const h = roleNumbers(def.denominator) as ColumnNumbers;
    const m = def.minus ? roleNumbers(def.minus) : undefined;
    const a = measureRateAgreement(numbers(col, "rate"), n, m, h);
    return a.comparable >= 2 && Math.max(a.percent, a.fraction) < CONTRADICTED_SHARE * a.comparable;
  }
}

function definitionOf(role: ColumnRole): RateDefinition {
  const def = RATE_DEFINITIONS.find((d) => d.role === role);
  if (!def) throw new Error(`no rate definition for ${role}`);
  return def;
}

/** Every row that has both holds less than the base, over at least two rows. */
function isBelow(values: ColumnNumbers, base: ColumnNumbers | undefined): boolean {
  if (!base) return false;
  let comparable = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const b = base[i];
    if (v === undefined || b === undefined) continue;
    if (v >= b) return false;
    comparable++;
  }
  return comparable >= 2;
}

/** Whole numbers from 0 up to the base in every row that has both, in at least half the rows, not all 0. */
function staysWithin(values: ColumnNumbers, base: ColumnNumbers): boolean {
  let present = 0;
  let positive = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === undefined) continue;
    const b = base[i];
    if (!Number.isInteger(v) || v < 0 || (b !== undefined && v > b)) return false;
    present++;
    if (v > 0) positive++;
  }
  return positive > 0 && present * 2 >= values.length;
}

/** A column's numbers over the given rows, read as the reader of the table would (rates in percent points). */
function readColumnNumbers(
  reader: GridReader,
  col: number,
  rows: readonly number[],
  kind: "count" | "rate"
): ColumnNumbers {
  return rows.map((r) => toNumber(reader.raw(r, col), kind, reader.numberFormat(r, col)));
}

function toNumber(v: RawValue, kind: "count" | "rate", format: string): number | undefined {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return undefined;
    return kind === "rate" && isPercentFormat(format) ? v * 100 : v;
  }
  if (typeof v !== "string") return undefined;
  const t = v.trim();
  if (t === "-" || t === "–" || t === "—") return 0;
  return parseNumberText(t, kind) ?? undefined;
}
