export { PreviewPage } from "./PreviewPage";
export type { PreviewPageProps } from "./PreviewPage.types";
export { preloadSample } from "./loadXlsx";
