export { PaneHeader } from "./PaneHeader";
export type { PaneHeaderProps } from "./PaneHeader.types";
