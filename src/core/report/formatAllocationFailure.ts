import type { AllocationResult } from "../allocate/types";
import type { Lang } from "../messages/define";
import { translator } from "../messages/define";
import { formatNumber } from "../messages/formatNumber";
import { allocationMessages, allocationSubjectMessages } from "../messages/issues";

const t = translator(allocationMessages);
const tWhose = translator(allocationSubjectMessages);

const num = (n: number | undefined, lang: Lang): string | undefined =>
  n === undefined ? undefined : Number.isFinite(n) ? formatNumber(n, lang) : String(n);

/**
 * Why an allocation failed, as one sentence.
 * @example formatAllocationFailure({ ok: false, reason: "TARGET_EXCEEDS_POOR", target: 40, totalPoor: 32 }, "vi")
 * // "Chỉ tiêu 40 hộ lớn hơn tổng số hộ nghèo của các thôn có thể giảm (32 hộ)."
 */
export function formatAllocationFailure(
  result: Extract<AllocationResult, { ok: false }>,
  lang: Lang
): string {
  return t(lang, result.reason, {
    target: num(result.target, lang),
    totalPoor: num(result.totalPoor, lang),
    cells: (result.cells ?? []).join(", "),
    whose: tWhose(lang, result.subject ?? "poor"),
    unit: result.unit,
    lock: num(result.lock, lang),
    poor: num(result.poor, lang),
    locked: num(result.locked, lang),
    ...(result.nearPoorColumn === true ? { nearPoorColumn: "yes" } : {}),
  });
}
