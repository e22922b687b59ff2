import * as React from "react";

export type SectionPanelProps = {
  /** The section's id, as its tab has it (the tab is `tab-<id>`, the panel `panel-<id>`). */
  readonly id: string;
  readonly selected: string;
  readonly children: React.ReactNode;
};

/** One section's tab panel, named by its tab and hidden while another tab is selected. */
export function SectionPanel(props: SectionPanelProps): React.ReactElement {
  return (
    <div
      role="tabpanel"
      id={`panel-${props.id}`}
      aria-labelledby={`tab-${props.id}`}
      hidden={props.selected !== props.id}
    >
      {props.children}
    </div>
  );
}
