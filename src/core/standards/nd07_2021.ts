import type { IndicatorSpec, PovertyStandard } from "./types";

const ind = (id: IndicatorSpec["id"], dimension: IndicatorSpec["dimension"]): IndicatorSpec => ({
  id,
  dimension,
  nameConfirmed: true, // [C] nguonluc.com.vn quoting the decree; vietnamlawmagazine.vn
  conditionConfirmed: false, // [S]/[U] the annex text was not available (DOMAIN.md §1.4)
});

/**
 * Decree 07/2021/NĐ-CP, Art. 3 (2022–2025), kept for 2026 by Decree 351/2025/NĐ-CP (DOMAIN.md §0, §1).
 */
export const ND07_2021: PovertyStandard = {
  id: "ND07_2021",
  years: { value: [2022, 2026], confirmed: true },
  incomeLines: { value: { rural: 1_500_000, urban: 2_000_000 }, confirmed: true },
  averageLines: { value: { rural: 2_250_000, urban: 3_000_000 }, confirmed: true },
  dimensions: ["employment", "health", "education", "housing", "waterSanitation", "information"],
  indicators: [
    ind("employment", "employment"),
    ind("dependents", "employment"),
    ind("nutrition", "health"),
    ind("healthInsurance", "health"),
    ind("adultEducation", "education"),
    ind("childSchoolAttendance", "education"),
    ind("housingQuality", "housing"),
    ind("housingArea", "housing"),
    ind("cleanWater", "waterSanitation"),
    ind("hygienicToilet", "waterSanitation"),
    ind("telecommunication", "information"),
    ind("informationAccessAssets", "information"),
  ],
  deprivationThreshold: { value: 3, confirmed: true },
  // [S] near-poor wording for 07/2021 is inferred from the 351/2025 wording, not quoted verbatim.
  nearPoorRule: { value: "belowThreshold", confirmed: false },
};
