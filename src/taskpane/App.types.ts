import type { Lang } from "../core";
import type { WorkbookHost } from "../core";

export type AppProps = {
  readonly host: WorkbookHost;
  readonly initialLang?: Lang;
  /** Told when the officer switches the language (the preview page follows it). */
  readonly onLangChange?: (lang: Lang) => void;
};

export type SectionId = "table" | "check" | "compute" | "summary";
