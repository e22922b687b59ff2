import type { CountRole, RateRole } from "../model/roles";

/** A derived rate: (numerator − minus) / households × 100. Declared as data (STYLE.md habit 3). */
export type RateDefinition = {
  readonly role: RateRole;
  readonly numerator: CountRole;
  readonly minus?: CountRole;
  readonly denominator: "households";
};

export const RATE_DEFINITIONS: readonly RateDefinition[] = [
  { role: "poorRate", numerator: "poor", denominator: "households" },
  { role: "nearPoorRate", numerator: "nearPoor", denominator: "households" },
  { role: "poorCutRate", numerator: "poorCut", denominator: "households" },
  { role: "nearPoorCutRate", numerator: "nearPoorCut", denominator: "households" },
  { role: "projectedPoorRate", numerator: "poor", minus: "poorCut", denominator: "households" },
  {
    role: "projectedNearPoorRate",
    numerator: "nearPoor",
    minus: "nearPoorCut",
    denominator: "households",
  },
  // The transitions table: each movement's rate over all households.
  ...(
    [
      ["poorExitedRate", "poorExited"],
      ["poorReenteredRate", "poorReentered"],
      ["poorNewRate", "poorNew"],
      ["poorEndRate", "poorEnd"],
      ["nearPoorExitedRate", "nearPoorExited"],
      ["nearPoorReenteredRate", "nearPoorReentered"],
      ["nearPoorNewRate", "nearPoorNew"],
      ["nearPoorEndRate", "nearPoorEnd"],
    ] as const
  ).map(([role, numerator]): RateDefinition => ({ role, numerator, denominator: "households" })),
];

/** The count roles a rate is computed from. */
export function listRateInputs(def: RateDefinition): readonly CountRole[] {
  return def.minus ? [def.numerator, def.minus, def.denominator] : [def.numerator, def.denominator];
}
