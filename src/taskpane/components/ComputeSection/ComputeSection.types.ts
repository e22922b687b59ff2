import type { Lang } from "../../../core";
import type { TableData } from "../../../core";
import type { AllocationRequest, PendingWrite } from "../../hooks/useWorkbook";
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
  /** The table, to say what a rate target stands for in households. */
  readonly data?: TableData | null;
  readonly onPreviewAllocation: (request: AllocationRequest) => void;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
};
