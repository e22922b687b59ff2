export { TabPanel, LazyArea } from "./TabPanel";
export type { TabPanelProps } from "./TabPanel.types";
export { lazySection } from "./lazySection";
