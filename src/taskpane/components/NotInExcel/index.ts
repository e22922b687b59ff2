export { NotInExcel } from "./NotInExcel";
export type { NotInExcelProps } from "./NotInExcel.types";
