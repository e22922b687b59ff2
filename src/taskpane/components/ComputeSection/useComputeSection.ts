import * as React from "react";
import type { AllocationMethod, AllocationRequest } from "../../hooks/useWorkbook";
import { isTargetTextInvalid } from "../../hooks/useWorkbook";

export type ComputeSectionState = {
  readonly target: string;
  readonly nearPoorTarget: string;
  readonly method: AllocationMethod;
  readonly targetInvalid: boolean;
  readonly nearPoorTargetInvalid: boolean;
  /** Some target is typed and every typed one is valid. */
  readonly canPreview: boolean;
  /** Locked cuts typed in the preview, by row. */
  readonly locks: Readonly<Record<number, string>>;
  readonly request: AllocationRequest;
  setTarget(text: string): void;
  setNearPoorTarget(text: string): void;
  setMethod(method: AllocationMethod): void;
  setLock(row: number, text: string): void;
};

/** The allocation form's own state: the target texts (households or rates), the method and the locks. */
export function useComputeSection(): ComputeSectionState {
  const [target, setTarget] = React.useState("");
  const [nearPoorTarget, setNearPoorTarget] = React.useState("");
  const [method, setMethod] = React.useState<AllocationMethod>("proportional");
  const [locks, setLocks] = React.useState<Record<number, string>>({});
  const targetInvalid = isTargetTextInvalid(target);
  const nearPoorTargetInvalid = isTargetTextInvalid(nearPoorTarget);
  const typed = target.trim() !== "" || nearPoorTarget.trim() !== "";
  return {
    target,
    nearPoorTarget,
    method,
    targetInvalid,
    nearPoorTargetInvalid,
    canPreview: typed && !targetInvalid && !nearPoorTargetInvalid,
    locks,
    request: { poor: target, nearPoor: nearPoorTarget, method, locks },
    setTarget,
    setNearPoorTarget,
    setMethod,
    setLock: (row, text) => setLocks((l) => ({ ...l, [row]: text })),
  };
}
