export { TargetFields } from "./TargetFields";
export type { TargetFieldsProps } from "./TargetFields.types";
