export { SectionTabs } from "./SectionTabs";
export type { SectionTabsProps, SectionTab } from "./SectionTabs.types";
