export { SectionTabs } from "./SectionTabs";
export { SectionPanel } from "./SectionPanel";
export type { SectionPanelProps } from "./SectionPanel";
export type { SectionTabsProps, SectionTab } from "./SectionTabs.types";
