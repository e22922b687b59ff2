export { PreviousYearFields } from "./PreviousYearFields";
export type { PreviousYearFieldsProps, PreviousYearField } from "./PreviousYearFields.types";
