import type { Lang } from "../core";
import type { WorkbookHost } from "../core";

export type AppProps = {
  readonly host: WorkbookHost;
  readonly initialLang?: Lang;
  /** Inside another page (the preview): the pane is not the page's main landmark. */
  readonly embedded?: boolean;
  /** Told when the officer switches the language (the preview page follows it). */
  readonly onLangChange?: (lang: Lang) => void;
};

export type SectionId = "table" | "check" | "compute" | "summary";
