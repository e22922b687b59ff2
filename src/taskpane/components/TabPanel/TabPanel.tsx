import * as React from "react";
import type { Lang } from "../../../core";
import { LoadBoundary } from "./LoadBoundary";
import type { TabPanelProps } from "./TabPanel.types";

/**
 * A tab's panel. Its content mounts the first time the tab is selected (so a lazy section's chunk is fetched only
 * then) and stays mounted, hidden, afterwards: what the officer typed in a tab survives switching tabs.
 */
export function TabPanel(props: TabPanelProps): React.ReactElement {
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

/** Lazily loaded content outside a tab (it loads as soon as it renders), with the same spinner and retry. */
export function LazyArea(props: {
  readonly lang: Lang;
  readonly children: React.ReactNode;
}): React.ReactElement {
  return <LoadBoundary lang={props.lang}>{props.children}</LoadBoundary>;
}
