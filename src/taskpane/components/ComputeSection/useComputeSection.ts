import * as React from "react";
import type { AllocationMethod, AllocationRequest } from "../../hooks/useWorkbook";

export type ComputeSectionState = {
  readonly method: AllocationMethod;
  /** Locked cuts typed in the preview, by row. */
  readonly locks: Readonly<Record<number, string>>;
  readonly request: AllocationRequest;
  setMethod(method: AllocationMethod): void;
  setLock(row: number, text: string): void;
};

/** The allocation form's own state: the method and the locks (the targets are the commune's, in the pane). */
export function useComputeSection(): ComputeSectionState {
  const [method, setMethod] = React.useState<AllocationMethod>("proportional");
  const [locks, setLocks] = React.useState<Record<number, string>>({});
  return {
    method,
    locks,
    request: { method, locks },
    setMethod,
    setLock: (row, text) => setLocks((l) => ({ ...l, [row]: text })),
  };
}
