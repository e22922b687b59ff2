export { LegacyEncodingBar } from "./LegacyEncodingBar";
export type { LegacyEncodingBarProps } from "./LegacyEncodingBar.types";
