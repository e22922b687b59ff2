import type { ColumnRole } from "../model/roles";
import type { Aspect, HeaderFeatures, Subject } from "./headerFeatures";

export type ResolveOptions = {
  /**
   * The column stands left of the table's first cut column: an estimate there ("Ước thực hiện năm 2024", "Dự kiến
   * đến 31/12") is the situation the plan starts from, not the projected result.
   */
  readonly beforeCut?: boolean;
};

/**
 * One header text of a column, from top to bottom; `neutral` groups span columns of different kinds;
 * `coversHouseholds`: the group also spans the all-households count ("Tình hình hộ nghèo cuối năm …" over
 * "Tổng số hộ", "Nhân khẩu", "Số hộ nghèo").
 */
export type HeaderSegment = {
  readonly features: HeaderFeatures;
  readonly neutral: boolean;
  readonly coversHouseholds?: boolean;
};

const RATE_ROLE: Record<"poor" | "nearPoor", Record<Aspect, ColumnRole>> = {
  poor: { start: "poorRate", cut: "poorCutRate", projected: "projectedPoorRate" },
  nearPoor: { start: "nearPoorRate", cut: "nearPoorCutRate", projected: "projectedNearPoorRate" },
};
const COUNT_ROLE: Record<"poor" | "nearPoor", Partial<Record<Aspect, ColumnRole>>> = {
  poor: { start: "poor", cut: "poorCut" },
  nearPoor: { start: "nearPoor", cut: "nearPoorCut" },
};

/**
 * The role of a column from its header texts, top to bottom. The lowest text decides what it says; what it leaves
 * open (subject, aspect, rate or count) comes from the nearest group header above that says it.
 * @example ["Tình hình hộ nghèo cuối năm 2023", "Tỷ lệ (%)"] → "poorRate"
 */
export function resolveColumnRole(
  segments: readonly HeaderSegment[],
  options: ResolveOptions = {}
): ColumnRole | null {
  const leaf = segments[segments.length - 1];
  if (!leaf) return null;
  const lf = leaf.features;
  if (lf.index) return "index";
  if (lf.unit) return "unit";
  const groups = segments.slice(0, -1).reverse();
  const subject = resolveSubject(lf, groups);
  if (!subject) return null;
  if (subject === "population") return isAboutPoor(lf, groups) ? null : "population";
  const measure = lf.measure ?? groups.find((g) => g.features.measure)?.features.measure ?? "count";
  if (subject === "households") return measure === "rate" ? null : "households";
  const said = resolveAspect(lf, groups);
  const aspect = said === "projected" && options.beforeCut === true ? "start" : said;
  return measure === "rate" ? RATE_ROLE[subject][aspect] : (COUNT_ROLE[subject][aspect] ?? null);
}

/**
 * "Số khẩu" under "Hộ nghèo", or "Nhân khẩu nghèo": the persons of the poor households, not the population. A group
 * that also covers the all-households count speaks of the whole unit: its persons column is the population.
 */
function isAboutPoor(lf: HeaderFeatures, groups: readonly HeaderSegment[]): boolean {
  if (lf.aboutPoor) return true;
  const s = groups.find(
    (g) => g.features.subject && !g.features.weakSubject && g.coversHouseholds !== true
  )?.features.subject;
  return s === "poor" || s === "nearPoor";
}

/**
 * A rate header that names no one, itself or through a group ("Tỷ lệ (%)", "%"): it belongs to the count column
 * immediately to its left (DESIGN.md, "Readings the contract fixes").
 */
export function isBareRate(segments: readonly HeaderSegment[]): boolean {
  const leaf = segments[segments.length - 1]?.features;
  if (!leaf || leaf.measure !== "rate" || leaf.subject || leaf.aspect || leaf.endOfYear)
    return false;
  return segments
    .slice(0, -1)
    .every(
      (g) => g.neutral || (g.features.subject === undefined && g.features.aspect === undefined)
    );
}

function resolveSubject(lf: HeaderFeatures, groups: readonly HeaderSegment[]): Subject | undefined {
  // In "Tỷ lệ so với tổng số hộ" the households are the denominator: the rate is someone else's.
  const own = lf.measure === "rate" && lf.subject === "households" ? undefined : lf.subject;
  if (own && (!lf.weakSubject || own !== "households")) return own;
  const fromGroup = groups.find((g) => g.features.subject && !g.features.weakSubject)?.features
    .subject;
  if (fromGroup === "poor" || fromGroup === "nearPoor") return fromGroup;
  // "Số hộ giảm", "Giảm (hộ)", "Chỉ tiêu giảm" over "Số hộ": a cut or a projection is of the poor.
  const aspect = lf.aspect ?? groups.find((g) => !g.neutral && g.features.aspect)?.features.aspect;
  if (aspect === "cut" || aspect === "projected") return "poor";
  if (own) return own;
  if (lf.measure === "rate" || lf.aspect) return "poor";
  // "Tổng" / "Cộng" under "Tổng số hộ" or "Dân số": the group's own column.
  if (lf.measure === undefined && (fromGroup === "households" || fromGroup === "population"))
    return fromGroup;
  return undefined;
}

function resolveAspect(lf: HeaderFeatures, groups: readonly HeaderSegment[]): Aspect {
  if (lf.aspect) return lf.aspect;
  const group = groups.find((g) => !g.neutral && g.features.aspect)?.features.aspect;
  if (group === "cut" && lf.endOfYear) return "projected";
  return group ?? "start";
}
