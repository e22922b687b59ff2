import { indicatorNames, tSummary } from "../messages/summary";
import {
  ND07_2021,
  ND351_2025,
  STANDARDS,
  applyStandardSettings,
  listUnconfirmed,
  parseStandardSettings,
  standardForYear,
  ConfirmedValueError,
  NoStandardForYearError,
} from ".";

test("plan years: 2022–2026 keep Decree 07/2021, 2027–2030 use Decree 351/2025", () => {
  for (const y of [2022, 2023, 2024, 2025, 2026]) expect(standardForYear(y).id).toBe("ND07_2021");
  for (const y of [2027, 2028, 2029, 2030]) expect(standardForYear(y).id).toBe("ND351_2025");
  expect(() => standardForYear(2021)).toThrow(NoStandardForYearError);
  expect(() => standardForYear(2031)).toThrow(NoStandardForYearError);
});

test("income and average lines as DOMAIN.md states them", () => {
  expect(ND07_2021.incomeLines).toEqual({
    value: { rural: 1_500_000, urban: 2_000_000 },
    confirmed: true,
  });
  expect(ND07_2021.averageLines).toEqual({
    value: { rural: 2_250_000, urban: 3_000_000 },
    confirmed: true,
  });
  expect(ND351_2025.incomeLines).toEqual({
    value: { rural: 2_200_000, urban: 2_800_000 },
    confirmed: true,
  });
  expect(ND351_2025.averageLines).toEqual({ value: null, confirmed: false });
  for (const s of STANDARDS) expect(s.deprivationThreshold).toEqual({ value: 3, confirmed: true });
});

test("six dimensions and twelve indicators in the decree's order", () => {
  for (const s of STANDARDS) {
    expect(s.indicators).toHaveLength(12);
    expect(new Set(s.indicators.map((i) => i.dimension))).toEqual(new Set(s.dimensions));
    expect(s.dimensions).toHaveLength(6);
  }
  expect(ND07_2021.indicators.map((i) => indicatorNames.vi[i.id])).toEqual([
    "Việc làm",
    "Người phụ thuộc trong hộ gia đình",
    "Dinh dưỡng",
    "Bảo hiểm y tế",
    "Trình độ giáo dục của người lớn",
    "Tình trạng đi học của trẻ em",
    "Chất lượng nhà ở",
    "Diện tích nhà ở bình quân đầu người",
    "Nguồn nước sinh hoạt",
    "Nhà tiêu hợp vệ sinh",
    "Sử dụng dịch vụ viễn thông",
    "Phương tiện phục vụ tiếp cận thông tin",
  ]);
  const ids351 = ND351_2025.indicators.map((i) => i.id);
  expect(ids351).not.toContain("informationAccessAssets");
  expect(ids351).toContain("wasteHandling");
  expect(ids351).toContain("digitalServices");
});

test("confirmed flags follow the DOMAIN.md tags", () => {
  expect(ND07_2021.indicators.every((i) => i.nameConfirmed && !i.conditionConfirmed)).toBe(true);
  const confirmed351 = ND351_2025.indicators.filter((i) => i.nameConfirmed).map((i) => i.id);
  expect(confirmed351).toEqual(["employment", "dependents"]);
  expect(ND07_2021.nearPoorRule.confirmed).toBe(false);
  expect(ND351_2025.nearPoorRule.confirmed).toBe(true);
  expect(listUnconfirmed(ND07_2021).map((u) => u.kind)).toEqual([
    "nearPoorRule",
    "indicatorConditions",
  ]);
  const u351 = listUnconfirmed(ND351_2025);
  expect(u351.map((u) => u.kind)).toEqual([
    "averageLines",
    "indicatorNames",
    "indicatorConditions",
    "reviewYear2026",
  ]);
  const names = u351.find((u) => u.kind === "indicatorNames");
  expect(names && names.kind === "indicatorNames" && names.ids).toContain("wasteHandling");
});

test("settings override only unconfirmed values", () => {
  const s = applyStandardSettings(ND351_2025, {
    averageLines: { rural: 3_000_000, urban: 4_000_000 },
  });
  expect(s.averageLines).toEqual({
    value: { rural: 3_000_000, urban: 4_000_000 },
    confirmed: false,
    overridden: true,
  });
  expect(listUnconfirmed(s)[0]).toEqual({ kind: "averageLines", overridden: true });
  expect(() =>
    applyStandardSettings(ND07_2021, { averageLines: { rural: 3_000_000, urban: 4_000_000 } })
  ).toThrow(ConfirmedValueError);
  expect(() =>
    applyStandardSettings(ND351_2025, { averageLines: { rural: 2_000_000, urban: 4_000_000 } })
  ).toThrow();
  expect(applyStandardSettings(ND351_2025, {})).toBe(ND351_2025);
});

test("saved settings parse tolerantly", () => {
  expect(parseStandardSettings('{"averageLines":{"rural":3000000,"urban":4000000}}')).toEqual({
    averageLines: { rural: 3_000_000, urban: 4_000_000 },
  });
  expect(parseStandardSettings("not json")).toEqual({});
  expect(parseStandardSettings(null)).toEqual({});
  expect(parseStandardSettings('{"averageLines":{"rural":"x"}}')).toEqual({});
});

test("every unconfirmed item has words in both languages", () => {
  for (const lang of ["vi", "en"] as const) {
    expect(tSummary(lang, "unconfirmed_averageLines").length).toBeGreaterThan(10);
    expect(tSummary(lang, "unconfirmed_indicatorNames", { names: "x" })).toContain("x");
  }
});
