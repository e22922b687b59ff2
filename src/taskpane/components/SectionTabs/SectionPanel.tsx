import * as React from "react";
import type { Lang } from "../../../core";
import { LoadBoundary } from "../LazyLoad";

export type SectionPanelProps = {
  readonly lang: Lang;
  /** The section's id, as its tab has it (the tab is `tab-<id>`, the panel `panel-<id>`). */
  readonly id: string;
  readonly selected: string;
  readonly children: React.ReactNode;
};

/**
 * One section's tab panel, named by its tab and hidden while another tab is selected. Its content mounts the first
 * time the tab is selected (so a lazy section's chunk, lazySections.ts, is fetched only then) and stays mounted,
 * hidden, afterwards: what the officer typed in a tab survives switching tabs.
 */
export function SectionPanel(props: SectionPanelProps): React.ReactElement {
  const { id, selected, lang, children } = props;
  const [opened, setOpened] = React.useState(selected === id);
  // Adjusting state while rendering (React's documented pattern): the first selection opens the panel for good.
  if (selected === id && !opened) setOpened(true);
  return (
    <div role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={selected !== id}>
      {opened && <LoadBoundary lang={lang}>{children}</LoadBoundary>}
    </div>
  );
}
