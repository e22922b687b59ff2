/**
 * What the pane loads only when the officer opens it: each tab section below is a separate chunk, fetched the first
 * time its tab is selected (TabPanel mounts it then), so the first screen carries only the header, the tabs, the
 * status line and the Bảng tab. Adding a lazy tab is one line here and one <TabPanel> in App.tsx.
 */
import { lazySection } from "./components/TabPanel";

export const CheckSection = lazySection(() => import("./components/CheckSection"), "CheckSection");
export const ComputeSection = lazySection(
  () => import("./components/ComputeSection"),
  "ComputeSection"
);
export const SummarySection = lazySection(
  () => import("./components/SummarySection"),
  "SummarySection"
);
export const SelfTestArea = lazySection(() => import("./components/SelfTestArea"), "SelfTestArea");
