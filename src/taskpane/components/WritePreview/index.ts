export { WritePreview } from "./WritePreview";
export type { WritePreviewProps } from "./WritePreview.types";
