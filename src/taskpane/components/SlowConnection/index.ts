export { SlowConnection } from "./SlowConnection";
export type { SlowConnectionProps } from "./SlowConnection.types";
