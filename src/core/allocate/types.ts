/** How a commune target is shared among units. */
export type AllocationMethod = "proportional" | "highest-rate";

/** Whose cut is allocated: poor households (the poorCut column) or near-poor households (nearPoorCut). */
export type AllocationSubject = "poor" | "nearPoor";

/** A unit whose cut the officer fixes: by name (compared without case, diacritics or spaces) or by row. */
export type UnitLock = { readonly unit: string | number; readonly cut: number };

export type AllocationOptions = {
  readonly subject?: AllocationSubject;
  /** Cuts the officer fixes; the rest of the target is shared over the other units. */
  readonly locks?: readonly UnitLock[];
};

/** Why a target cannot be allocated; the words are in messages/issues.ts (allocationMessages). */
export type AllocationFailure =
  | "INVALID_TARGET"
  | "TARGET_EXCEEDS_POOR"
  | "UNREADABLE_POOR"
  | "UNREADABLE_HOUSEHOLDS"
  | "NO_UNITS"
  | "NO_NEAR_POOR_COLUMN"
  | "NO_POOR_COLUMN"
  | "LOCK_UNKNOWN_UNIT"
  | "LOCK_INVALID"
  | "LOCK_EXCEEDS_POOR"
  | "LOCKS_EXCEED_TARGET";

export type UnitCut = {
  readonly row: number;
  readonly name: string;
  readonly cut: number;
  /** true when the officer fixed this cut. */
  readonly locked?: boolean;
};

export type AllocationResult =
  | { readonly ok: true; readonly subject?: AllocationSubject; readonly cuts: readonly UnitCut[] }
  | {
      readonly ok: false;
      readonly reason: AllocationFailure;
      readonly target: number;
      readonly subject?: AllocationSubject;
      /** The unreadable cells (A1), for UNREADABLE_*. */
      readonly cells?: readonly string[];
      /** Poor (or near-poor) households the target can be taken from, for TARGET_EXCEEDS_POOR. */
      readonly totalPoor?: number;
      /** The lock's unit as the officer named it, its cut and the unit's poor, for LOCK_*. */
      readonly unit?: string;
      readonly lock?: number;
      readonly poor?: number;
      /** Sum of the locks, for LOCKS_EXCEED_TARGET. */
      readonly locked?: number;
      /** NO_POOR_COLUMN in a near-poor table: the near-poor target is what it can allocate. */
      readonly nearPoorColumn?: boolean;
    };
