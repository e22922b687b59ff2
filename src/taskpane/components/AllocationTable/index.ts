export { AllocationTable } from "./AllocationTable";
export type { AllocationTableProps, AllocationLocks } from "./AllocationTable.types";
