import type { DetectResult } from "../model/table";
import type { Lang } from "../messages/define";
import { translator } from "../messages/define";
import { detectMessages } from "../messages/issues";

const t = translator(detectMessages);

/**
 * Why no table was found, as one sentence.
 * @example formatDetectFailure({ ok: false, reason: "NO_HEADER", confidence: 0, detail: "Sheet1" }, "vi")
 */
export function formatDetectFailure(
  result: Extract<DetectResult, { ok: false }>,
  lang: Lang,
  sheet?: string
): string {
  return t(lang, result.reason, { sheet: sheet ?? result.detail ?? "" });
}
