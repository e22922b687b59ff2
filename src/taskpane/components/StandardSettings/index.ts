export { StandardSettings } from "./StandardSettings";
export type { StandardSettingsProps } from "./StandardSettings.types";
