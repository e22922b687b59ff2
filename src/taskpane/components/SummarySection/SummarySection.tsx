import * as React from "react";
import type { SummarySectionProps } from "./SummarySection.types";

/** The pane's "Tổng hợp" tab (work in progress: filled in by the summary helper). */
export function SummarySection(props: SummarySectionProps): React.ReactElement {
  return <section aria-busy={props.busy} data-lang={props.lang} />;
}
