import { translator, type Catalog } from "../core";
import { checkMessages } from "./messages/check";
import { computeMessages } from "./messages/compute";
import { paneMessages } from "./messages/pane";
import { statusMessages } from "./messages/status";
import { tableMessages } from "./messages/table";
import { webAppMessages } from "./messages/webApp";
import { writePreviewMessages } from "./messages/writePreview";

type KeysOf<C> = C extends Catalog<infer K> ? K : never;

/**
 * One catalogue of several sections; a key in two sections is a mistake (the later would silently replace the
 * earlier's words), so it throws when the pane loads.
 */
function joinSections<const C extends readonly Catalog<string>[]>(
  ...sections: C
): Catalog<KeysOf<C[number]>> {
  const vi: Record<string, Catalog<string>["vi"][string]> = {};
  const en: Record<string, Catalog<string>["en"][string]> = {};
  for (const section of sections) {
    for (const key of Object.keys(section.vi)) {
      if (key in vi) throw new Error(`pane message "${key}" is defined in two sections`);
      vi[key] = section.vi[key] as Catalog<string>["vi"][string];
      en[key] = section.en[key] as Catalog<string>["en"][string];
    }
  }
  return { vi, en } as Catalog<KeysOf<C[number]>>;
}

/**
 * Words of the task pane and of the web app page around it, one module per part of the pane in messages/
 * (Vietnamese first; both languages must have every key). Other tabs' words that load with their tab live beside
 * them there too (province.ts, fileNames.ts).
 */
export const uiMessages = joinSections(
  paneMessages,
  tableMessages,
  checkMessages,
  computeMessages,
  writePreviewMessages,
  statusMessages,
  webAppMessages
);

export type UiKey = keyof typeof uiMessages.vi;

/** @example uiText("vi", "undo") === "Hoàn tác" */
export const uiText = translator(uiMessages);
