import type { Lang } from "../../../core";
import type { AllocationMethod, PendingWrite } from "../../hooks/useWorkbook";
import type { Notice } from "../../hooks/notice";

export type ComputeSectionProps = {
  readonly lang: Lang;
  readonly disabled: boolean;
  readonly hasTable: boolean;
  readonly formulas: boolean;
  readonly pending: PendingWrite | null;
  readonly allocationError: Notice | null;
  readonly onFormulasChange: (on: boolean) => void;
  readonly onFillRates: () => void;
  readonly onPreviewAllocation: (target: number, method: AllocationMethod) => void;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
};
