import type { AllocationResult } from "../allocate/types";
import type { Lang } from "../messages/define";
import { translator } from "../messages/define";
import { formatNumber } from "../messages/formatNumber";
import { allocationMessages } from "../messages/issues";

const t = translator(allocationMessages);

/**
 * Why an allocation failed, as one sentence.
 * @example formatAllocationFailure({ ok: false, reason: "TARGET_EXCEEDS_POOR", target: 40, totalPoor: 32 }, "vi")
 * // "Chỉ tiêu 40 hộ lớn hơn tổng số hộ nghèo của các thôn (32 hộ)."
 */
export function formatAllocationFailure(
  result: Extract<AllocationResult, { ok: false }>,
  lang: Lang
): string {
  return t(lang, result.reason, {
    target: Number.isFinite(result.target)
      ? formatNumber(result.target, lang)
      : String(result.target),
    totalPoor: result.totalPoor === undefined ? undefined : formatNumber(result.totalPoor, lang),
    cells: (result.cells ?? []).join(", "),
  });
}
