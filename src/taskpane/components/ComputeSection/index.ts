export { ComputeSection } from "./ComputeSection";
export type { ComputeSectionProps } from "./ComputeSection.types";
