export { SelfTestArea } from "./SelfTestArea";
export type { SelfTestAreaProps } from "./SelfTestArea.types";
