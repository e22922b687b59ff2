import type { Lang, MessageParams, SummaryMessageKey } from "../../core";
import { uiText, type UiKey } from "../messages";
import { isHostError, tSummary } from "../../core";

/**
 * Something to tell the officer, kept as a message key (not a sentence) so switching the language re-words it.
 * A host failure keeps the HostError itself: it carries Vietnamese and English words of its own.
 */
export type Notice =
  | { readonly key: UiKey; readonly params?: MessageParams }
  | { readonly hostError: { toMessage(lang: Lang): string } }
  /** Words from another message section (e.g. the engine's allocation failures). */
  | { readonly render: (lang: Lang) => string };

export function notice(key: UiKey, params?: MessageParams): Notice {
  return params === undefined ? { key } : { key, params };
}

/** A notice in the words of the summary and its sheets (the engine's summary section). */
export function summaryNotice(key: SummaryMessageKey, params?: MessageParams): Notice {
  return { render: (lang) => tSummary(lang, key, params) };
}

/** Any thrown value → a Notice; nothing is swallowed: unknown errors show their own text. */
export function noticeFromError(e: unknown): Notice {
  if (isHostError(e)) return { hostError: e };
  const detail = e instanceof Error ? e.message : String(e);
  return notice("errorUnexpected", { detail });
}

export function noticeText(n: Notice, lang: Lang): string {
  if ("hostError" in n) return n.hostError.toMessage(lang);
  if ("render" in n) return n.render(lang);
  return uiText(lang, n.key, n.params);
}

/** A notice whose parameters are themselves notices (worded in the same language when shown). */
export function noticeWith(
  key: UiKey,
  params: MessageParams,
  inner: Readonly<Record<string, Notice>>
): Notice {
  return {
    render: (lang) =>
      uiText(lang, key, {
        ...params,
        ...Object.fromEntries(Object.entries(inner).map(([k, n]) => [k, noticeText(n, lang)])),
      }),
  };
}
