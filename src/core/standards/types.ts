/** Where a household lives; 351/2025 says "đô thị" where 07/2021 says "thành thị" (both map to "urban"). */
export type Area = "rural" | "urban";

export type StandardId = "ND07_2021" | "ND351_2025";

/** A value from a decree with how sure we are of it (DOMAIN.md tags: [C] → confirmed; [S]/[U] → not confirmed). */
export type Sourced<T> = {
  readonly value: T;
  readonly confirmed: boolean;
  /** true when the value comes from the officer's settings rather than the built-in default. */
  readonly overridden?: boolean;
};

export type DimensionId =
  "employment" | "health" | "education" | "housing" | "waterSanitation" | "information";

/** Indicator ids (names and conditions are words: see messages/summary.ts). */
export type IndicatorId =
  | "employment"
  | "dependents"
  | "nutrition"
  | "healthInsurance"
  | "adultEducation"
  | "childSchoolAttendance"
  | "housingQuality"
  | "housingArea"
  | "cleanWater"
  | "hygienicToilet"
  | "telecommunication"
  | "informationAccessAssets"
  | "digitalServices"
  | "wasteHandling";

export type IndicatorSpec = {
  readonly id: IndicatorId;
  readonly dimension: DimensionId;
  /** The indicator belongs to the standard under this name (DOMAIN.md §1.3 / §2.2). */
  readonly nameConfirmed: boolean;
  /** The deprivation condition ("household is deprived if …") is quoted from the official text. */
  readonly conditionConfirmed: boolean;
};

export type IncomeLines = Readonly<Record<Area, number>>;

/** A multidimensional poverty standard as data. */
export type PovertyStandard = {
  readonly id: StandardId;
  /** Plan years the standard applies to, inclusive. */
  readonly years: Sourced<readonly [number, number]>;
  /** Poor / near-poor income line, VND per person per month. */
  readonly incomeLines: Sourced<IncomeLines>;
  /** "Hộ có mức sống trung bình" upper line; null when the standard has none known. */
  readonly averageLines: Sourced<IncomeLines | null>;
  readonly dimensions: readonly DimensionId[];
  /** Exactly 12, in the decree's order. */
  readonly indicators: readonly IndicatorSpec[];
  /** Poor when income ≤ line AND deprivations ≥ this. */
  readonly deprivationThreshold: Sourced<number>;
  /** Near-poor rule (income ≤ line AND deprivations < threshold) as stated for this standard. */
  readonly nearPoorRule: Sourced<"belowThreshold">;
};
