export { LoadBoundary } from "./LoadBoundary";
export { DeferredTooltip, type DeferredTooltipProps } from "./DeferredTooltip";
export { lazySection, retryFailedSections } from "./lazySection";
