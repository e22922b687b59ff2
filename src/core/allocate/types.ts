/** How a commune target is shared among units. */
export type AllocationMethod = "proportional" | "highest-rate";

/** Why a target cannot be allocated; the words are in messages/issues.ts (allocationMessages). */
export type AllocationFailure =
  | "INVALID_TARGET"
  | "TARGET_EXCEEDS_POOR"
  | "UNREADABLE_POOR"
  | "UNREADABLE_HOUSEHOLDS"
  | "NO_UNITS"
  | "NO_CUT_COLUMN";

export type UnitCut = { readonly row: number; readonly name: string; readonly cut: number };

export type AllocationResult =
  | { readonly ok: true; readonly cuts: readonly UnitCut[] }
  | {
      readonly ok: false;
      readonly reason: AllocationFailure;
      readonly target: number;
      /** The unreadable cells (A1), for UNREADABLE_*. */
      readonly cells?: readonly string[];
      /** Total poor households of the units, for TARGET_EXCEEDS_POOR. */
      readonly totalPoor?: number;
    };
