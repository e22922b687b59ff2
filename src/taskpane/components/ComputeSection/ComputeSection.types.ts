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
  /** The commune's targets as typed (shared with the check and the narrative), and why each cannot be used. */
  readonly target: string;
  readonly nearPoorTarget: string;
  readonly targetProblem: Notice | null;
  readonly nearPoorTargetProblem: Notice | null;
  readonly onTargetChange: (text: string) => void;
  readonly onNearPoorTargetChange: (text: string) => void;
  readonly onPreviewAllocation: (request: AllocationRequest) => void;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
};
