import { notice, type Notice } from "./notice";
import {
  formatTarget,
  parseTargetText,
  resolveTarget,
  sumHouseholds,
  type Lang,
  type TableData,
  type Target,
  type TargetInput,
  type ValidateOptions,
} from "../../core";

/** A target field's text: undefined when empty, null when it is neither households ("10") nor a rate ("1,37%"). */
export function readTargetText(text: string): TargetInput | undefined | null {
  return text.trim() === "" ? undefined : parseTargetText(text);
}

/** The target in households for this table (a rate needs readable households), or null. */
export function resolveTargetText(text: string, data: TableData | null): Target | null {
  const input = readTargetText(text);
  if (!input || !data) return null;
  const t = resolveTarget(input, sumHouseholds(data));
  return Number.isFinite(t.households) ? t : null;
}

/** What a field's target stands for, in the plan's words ("giảm 1,37%, tương ứng 10 hộ"), or null. */
export function describeTargetText(
  text: string,
  data: TableData | null,
  lang: Lang
): string | null {
  const t = resolveTargetText(text, data);
  return t ? formatTarget(t, lang) : null;
}

/** The check's target options from the two fields (TARGET_MISMATCH states the rate when one was typed). */
export function targetCheckOptions(
  data: TableData,
  poorText: string,
  nearPoorText: string
): ValidateOptions {
  const poor = resolveTargetText(poorText, data);
  const near = resolveTargetText(nearPoorText, data);
  const rate = (t: Target): number | undefined =>
    t.given === "rate" ? (t.rate ?? undefined) : undefined;
  const poorRate = poor ? rate(poor) : undefined;
  const nearRate = near ? rate(near) : undefined;
  return {
    ...(poor ? { target: poor.households } : {}),
    ...(poorRate !== undefined ? { targetRate: poorRate } : {}),
    ...(near ? { nearPoorTarget: near.households } : {}),
    ...(nearRate !== undefined ? { nearPoorTargetRate: nearRate } : {}),
  };
}

export type TargetSubject = "poor" | "nearPoor";

/** Whether the table has the counts a near-poor target is measured against (its near-poor column). */
export function hasNearPoorColumns(data: TableData | null): boolean {
  return data?.layout.columns.nearPoor !== undefined;
}

/** The households a target may not exceed: the villages' poor (or near-poor) households, when all are readable. */
function sumSubject(data: TableData, subject: TargetSubject): number | undefined {
  let total = 0;
  for (const u of data.units) {
    const c = u.cells[subject];
    if (c?.kind !== "number") return undefined;
    total += c.value;
  }
  return data.units.length > 0 ? total : undefined;
}

/**
 * Why a typed target cannot be used, as the officer types it: neither households nor a rate, or more households
 * than the commune's poor (near-poor) households. null when it is empty or usable.
 */
export function findTargetProblem(
  text: string,
  subject: TargetSubject,
  data: TableData | null
): Notice | null {
  const input = readTargetText(text);
  if (input === undefined) return null;
  if (input === null) return notice("targetInvalid");
  const t = data ? resolveTargetText(text, data) : null;
  const limit = data ? sumSubject(data, subject) : undefined;
  if (!t || limit === undefined || t.households <= limit) return null;
  return notice(subject === "poor" ? "targetAbovePoor" : "targetAboveNearPoor", {
    target: t.households,
    limit,
  });
}

/** The targets the engine may use: each typed one that has no problem ("" for the others). */
export function usableTargets(
  poor: string,
  nearPoor: string,
  data: TableData | null
): { readonly poor: string; readonly nearPoor: string } {
  return {
    poor: findTargetProblem(poor, "poor", data) ? "" : poor,
    nearPoor:
      hasNearPoorColumns(data) && !findTargetProblem(nearPoor, "nearPoor", data) ? nearPoor : "",
  };
}
