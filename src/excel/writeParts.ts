/**
 * What `lazyWrites.ts` loads as one chunk: everything of the Excel host that changes the workbook — writes and
 * undo (`writes.ts` with the snapshot, plan commands and undo journal) and highlights. Reading needs none of it.
 */
export { applyPlan, undoLast } from "./writes";
export { Highlights } from "./highlights";
