export { PreviewPage } from "./PreviewPage";
export type { PreviewPageProps } from "./PreviewPage.types";
