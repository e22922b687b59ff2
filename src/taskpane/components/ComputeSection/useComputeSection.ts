import * as React from "react";
import { parseTarget, type AllocationMethod } from "../../hooks/useWorkbook";

export type ComputeSectionState = {
  readonly target: string;
  readonly method: AllocationMethod;
  /** The target as a whole number, or null while the field is empty or invalid. */
  readonly targetValue: number | null;
  readonly targetInvalid: boolean;
  setTarget(text: string): void;
  setMethod(method: AllocationMethod): void;
};

/** The allocation form's own state: the target text and the method. */
export function useComputeSection(): ComputeSectionState {
  const [target, setTarget] = React.useState("");
  const [method, setMethod] = React.useState<AllocationMethod>("proportional");
  const parsed = parseTarget(target);
  const targetValue = parsed === undefined || Number.isNaN(parsed) ? null : parsed;
  return {
    target,
    method,
    targetValue,
    targetInvalid: parsed !== undefined && Number.isNaN(parsed),
    setTarget,
    setMethod,
  };
}
