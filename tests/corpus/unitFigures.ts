/** Consistent figures for generated appendix rows: each role's value for a unit, rates computed from the counts. */
import type { ColumnRole, RawValue } from "../../src/core";

export type UnitFigures = {
  readonly name: string;
  readonly population: number;
  readonly households: number;
  readonly poor: number;
  readonly nearPoor: number;
  readonly poorCut: number;
  readonly nearPoorCut: number;
};

export const SAMPLE_UNITS: readonly Omit<UnitFigures, "name">[] = [
  { population: 479, households: 126, poor: 3, nearPoor: 5, poorCut: 1, nearPoorCut: 1 },
  { population: 812, households: 203, poor: 11, nearPoor: 8, poorCut: 3, nearPoorCut: 2 },
  { population: 380, households: 97, poor: 2, nearPoor: 4, poorCut: 0, nearPoorCut: 1 },
  { population: 1204, households: 311, poor: 14, nearPoor: 9, poorCut: 4, nearPoorCut: 3 },
  { population: 655, households: 170, poor: 6, nearPoor: 7, poorCut: 2, nearPoorCut: 2 },
];

/** Sum of the units, as a totals row holds it. */
export function sumUnits(units: readonly UnitFigures[], name: string): UnitFigures {
  const add = (k: keyof Omit<UnitFigures, "name">): number => units.reduce((s, u) => s + u[k], 0);
  return {
    name,
    population: add("population"),
    households: add("households"),
    poor: add("poor"),
    nearPoor: add("nearPoor"),
    poorCut: add("poorCut"),
    nearPoorCut: add("nearPoorCut"),
  };
}

const round = (x: number, d: number): number =>
  Math.round(x * 10 ** d + Number.EPSILON * 10 ** d) / 10 ** d;

export type RateForm = "percent" | "fraction";

/** The value of one column for a unit; an unmapped "extra" column gets something plausible for its kind. */
export function valueOf(role: string, u: UnitFigures, form: RateForm = "percent"): RawValue {
  const rate = (part: number): number =>
    form === "fraction" ? round(part / u.households, 4) : round((part / u.households) * 100, 2);
  switch (role) {
    case "unit":
      return u.name;
    case "population":
    case "households":
    case "poor":
    case "nearPoor":
    case "poorCut":
    case "nearPoorCut":
      return u[role];
    case "poorRate":
      return rate(u.poor);
    case "nearPoorRate":
      return rate(u.nearPoor);
    case "poorCutRate":
      return rate(u.poorCut);
    case "nearPoorCutRate":
      return rate(u.nearPoorCut);
    case "projectedPoorRate":
      return rate(u.poor - u.poorCut);
    case "projectedNearPoorRate":
      return rate(u.nearPoor - u.nearPoorCut);
    // A transitions table: the planned cut escaped, as many near-poor cuts fell newly poor, none fell back.
    case "poorExited":
      return u.poorCut;
    case "poorReentered":
      return 0;
    case "poorNew":
      return u.nearPoorCut;
    case "poorEnd":
      return u.poor - u.poorCut + u.nearPoorCut;
    case "poorEndRate":
      return rate(u.poor - u.poorCut + u.nearPoorCut);
    case "persons":
      return u.poor * 4;
    case "nearPersons":
      return u.nearPoor * 4;
    case "projectedCount":
      return u.poor - u.poorCut;
    case "subsetRate":
      return rate(u.poor - u.poorCut);
    case "note":
      return null;
    default:
      return null;
  }
}

export const isRateColumn = (role: ColumnRole | string): boolean => /Rate$/.test(role);
