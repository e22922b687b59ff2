/**
 * What the pane loads only when the officer opens it: each section below is a separate chunk, fetched the first
 * time its tab is selected (SectionPanel mounts it then), so the first screen carries only the header, the tabs,
 * the status line and the Bảng tab. A lazy tab is one line here and one <SectionPanel> in App.tsx.
 */
import { lazySection } from "./components/LazyLoad";

export const CheckSection = lazySection(() => import("./components/CheckSection"), "CheckSection");
export const ComputeSection = lazySection(
  () => import("./components/ComputeSection"),
  "ComputeSection"
);
export const SummarySection = lazySection(
  () => import("./components/SummarySection"),
  "SummarySection"
);
export const ProvinceSection = lazySection(
  () => import("./components/ProvinceSection"),
  "ProvinceSection"
);
export const SelfTestArea = lazySection(() => import("./components/SelfTestArea"), "SelfTestArea");
