export { GridView } from "./GridView";
export type { GridViewProps } from "./GridView.types";
