import type * as React from "react";
import type { Lang } from "../../../core";

export type TabPanelProps = {
  readonly lang: Lang;
  /** The tab this panel belongs to: the panel is `panel-{id}`, labelled by the tab `tab-{id}`. */
  readonly id: string;
  /** The selected tab: the panel shows when it is `id`. */
  readonly selected: string;
  readonly children: React.ReactNode;
};
