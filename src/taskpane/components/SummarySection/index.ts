export { SummarySection } from "./SummarySection";
export type { SummarySectionProps } from "./SummarySection.types";
