/**
 * What the pane loads only when the officer opens it: each section below is a separate chunk, fetched the first
 * time its tab is selected (SectionPanel mounts it then), so the first screen carries only the header, the tabs and
 * the status line; Bảng, selected at start, arrives while the workbook is being read. A lazy tab is one line here
 * and one <SectionPanel> in App.tsx.
 */
import { lazySection } from "./components/LazyLoad";

export const TableSection = lazySection(
  () => import(/* webpackChunkName: "tab-table" */ "./components/TableSection"),
  "TableSection"
);
export const CheckSection = lazySection(
  () => import(/* webpackChunkName: "tab-check" */ "./components/CheckSection"),
  "CheckSection"
);
export const ComputeSection = lazySection(
  () => import(/* webpackChunkName: "tab-compute" */ "./components/ComputeSection"),
  "ComputeSection"
);
export const SummarySection = lazySection(
  () => import(/* webpackChunkName: "tab-summary" */ "./components/SummarySection"),
  "SummarySection"
);
/** The province tab with its wiring (useProvince): the consolidation engine loads with it. */
export const ProvincePanel = lazySection(
  () => import(/* webpackChunkName: "tab-province" */ "./ProvincePanel"),
  "ProvincePanel"
);
export const SelfTestPanel = lazySection(
  () => import(/* webpackChunkName: "self-test" */ "./SelfTestPanel"),
  "SelfTestPanel"
);
/** Only while the workbook holds TCVN3 / VNI text. */
export const LegacyEncodingBar = lazySection(
  () => import(/* webpackChunkName: "legacy-encoding" */ "./components/LegacyEncodingBar"),
  "LegacyEncodingBar"
);
