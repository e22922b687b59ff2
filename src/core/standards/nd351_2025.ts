import type { IndicatorSpec, PovertyStandard } from "./types";

const ind = (
  id: IndicatorSpec["id"],
  dimension: IndicatorSpec["dimension"],
  nameConfirmed: boolean
): IndicatorSpec => ({
  id,
  dimension,
  nameConfirmed,
  conditionConfirmed: false, // [U] final deprivation thresholds not found (DOMAIN.md §2.2)
});

/**
 * Decree 351/2025/NĐ-CP (30/12/2025), plan years 2027–2030 (DOMAIN.md §2).
 * Indicator list follows the MAE draft (6 dimensions, 12 indicators); only the employment dimension is quoted
 * from the final text, so the other names are unconfirmed, and the waste / digital-service indicators especially.
 */
export const ND351_2025: PovertyStandard = {
  id: "ND351_2025",
  years: { value: [2027, 2030], confirmed: true },
  incomeLines: { value: { rural: 2_200_000, urban: 2_800_000 }, confirmed: true },
  averageLines: { value: null, confirmed: false },
  dimensions: ["employment", "health", "education", "housing", "information", "waterSanitation"],
  indicators: [
    ind("employment", "employment", true),
    ind("dependents", "employment", true),
    ind("healthInsurance", "health", false),
    ind("nutrition", "health", false),
    ind("adultEducation", "education", false),
    ind("childSchoolAttendance", "education", false),
    ind("housingArea", "housing", false),
    ind("housingQuality", "housing", false),
    ind("digitalServices", "information", false),
    ind("cleanWater", "waterSanitation", false),
    ind("hygienicToilet", "waterSanitation", false),
    ind("wasteHandling", "waterSanitation", false),
  ],
  deprivationThreshold: { value: 3, confirmed: true },
  nearPoorRule: { value: "belowThreshold", confirmed: true },
};
