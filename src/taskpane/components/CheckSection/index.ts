export { CheckSection } from "./CheckSection";
export type { CheckSectionProps } from "./CheckSection.types";
