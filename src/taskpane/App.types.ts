import type { Lang } from "../core/messages/define";
import type { WorkbookHost } from "../core/model";

export type AppProps = {
  readonly host: WorkbookHost;
  readonly initialLang?: Lang;
  /** Told when the officer switches the language (the preview page follows it). */
  readonly onLangChange?: (lang: Lang) => void;
};

export type SectionId = "table" | "check" | "compute" | "summary";
