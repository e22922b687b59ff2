export { StatusArea } from "./StatusArea";
export type { StatusAreaProps } from "./StatusArea.types";
