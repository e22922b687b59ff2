export { LockEditor } from "./LockEditor";
export type { LockEditorProps, LockRow } from "./LockEditor.types";
