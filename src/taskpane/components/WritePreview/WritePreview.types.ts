import type { Lang } from "../../../core";
import type { PendingWrite } from "../../hooks/useWorkbook";

export type WritePreviewProps = {
  readonly lang: Lang;
  readonly pending: PendingWrite;
  readonly disabled: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
};
