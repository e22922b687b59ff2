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
