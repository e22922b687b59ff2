import { renderTemplate, type Lang, type MessageParams } from "../messages/define";
import { hostMessages, type HostMessageKey } from "../messages/host";

/** Why a host operation failed; each code has words in `src/core/messages/host.ts`. */
export type HostErrorCode = HostMessageKey;

/**
 * A workbook host (Office.js or .xlsx) could not do what was asked: missing sheet, Excel busy editing a cell,
 * protected sheet, unreadable file… `message` is Vietnamese; `toMessage("en")` gives the English words.
 * Hosts never let a raw Office/ExcelJS error escape: they wrap it in a HostError (the original is `cause`).
 */
export class HostError extends Error {
  override readonly name = "HostError";
  readonly code: HostErrorCode;
  readonly params: MessageParams;
  readonly cause: unknown;

  constructor(code: HostErrorCode, params: MessageParams = {}, cause?: unknown) {
    super(renderTemplate(hostMessages.vi[code], params));
    this.code = code;
    this.params = params;
    this.cause = cause;
  }

  toMessage(lang: Lang): string {
    return renderTemplate(hostMessages[lang][this.code], this.params);
  }
}

export function isHostError(e: unknown): e is HostError {
  return e instanceof HostError;
}
