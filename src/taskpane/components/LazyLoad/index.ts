export { LoadBoundary } from "./LoadBoundary";
export { lazySection, retryFailedSections } from "./lazySection";
