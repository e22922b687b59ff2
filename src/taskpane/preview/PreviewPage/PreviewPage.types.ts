import type { Lang } from "../../../core";

export type PreviewPageProps = {
  /** URL of the workbook loaded at start (the errors fixture, so issues are visible). */
  readonly sampleUrl: string;
  readonly initialLang?: Lang;
};
