import type { Lang } from "../../../core";
import type { PendingWrite } from "../../hooks/useWorkbook";
import type { AllocationLocks } from "../AllocationTable";

export type WritePreviewProps = {
  readonly lang: Lang;
  readonly pending: PendingWrite;
  readonly disabled: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** An allocation's lock column, and allocating again with the locked cuts (above the commit button). */
  readonly locks?: AllocationLocks;
  readonly onReallocate?: () => void;
};
