export { ProvinceSection } from "./ProvinceSection";
export type { ProvinceSectionProps } from "./ProvinceSection.types";
