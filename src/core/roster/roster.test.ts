import { binhLuongData } from "../../../tests/summary/binhLuongData";
import type { Grid, RawValue } from "../model";
import { applyStandardSettings, ND07_2021, ND351_2025 } from "../standards";
import type { Area, PovertyStandard } from "../standards";
import {
  buildRosterCountsPlan,
  classifyHousehold,
  classifyRoster,
  classifyRosterSteps,
  matchRosterUnits,
  parseRoster,
  toDeprivationCounts,
} from ".";
import type { RosterRow } from ".";

describe.each([
  [ND07_2021, "rural", 1_500_000, 2_250_000],
  [ND07_2021, "urban", 2_000_000, 3_000_000],
  [ND351_2025, "rural", 2_200_000, null],
  [ND351_2025, "urban", 2_800_000, null],
] as [PovertyStandard, Area, number, number | null][])(
  "%s boundaries, %s",
  (std, area, line, avg) => {
    test("exactly on the income line with exactly 3 deprivations → poor", () => {
      expect(classifyHousehold(line, area, 3, std)).toBe("poor");
    });
    test("on the line with 2 deprivations → near-poor; with 0 → near-poor", () => {
      expect(classifyHousehold(line, area, 2, std)).toBe("nearPoor");
      expect(classifyHousehold(line, area, 0, std)).toBe("nearPoor");
    });
    test("1 đồng above the line → not poor or near-poor, whatever the deprivations", () => {
      expect(classifyHousehold(line + 1, area, 12, std)).toBe(avg === null ? "notPoor" : "average");
    });
    test("average-living-standard line (07/2021 only)", () => {
      if (avg === null) {
        expect(classifyHousehold(line * 10, area, 0, std)).toBe("notPoor");
        return;
      }
      expect(classifyHousehold(avg, area, 0, std)).toBe("average");
      expect(classifyHousehold(avg + 1, area, 0, std)).toBe("notPoor");
    });
  }
);

test("the other area's line does not apply: urban income between the two lines is near-poor only in town", () => {
  expect(classifyHousehold(1_800_000, "rural", 4, ND07_2021)).toBe("average");
  expect(classifyHousehold(1_800_000, "urban", 4, ND07_2021)).toBe("poor");
});

test("an officer-set average line for 351/2025 is used", () => {
  const s = applyStandardSettings(ND351_2025, {
    averageLines: { rural: 3_300_000, urban: 4_200_000 },
  });
  expect(classifyHousehold(3_300_000, "rural", 0, s)).toBe("average");
  expect(classifyHousehold(3_300_001, "rural", 0, s)).toBe("notPoor");
});

function gridOf(values: RawValue[][], merges: Grid["merges"] = []): Grid {
  return {
    sheet: "Danh sách hộ",
    top: 1,
    left: 1,
    values,
    formulas: values.map((r) => r.map(() => null)),
    numberFormats: values.map((r) => r.map(() => "General")),
    merges,
  };
}

const HEADER_07 = [
  "1. Việc làm",
  "2. Người phụ thuộc",
  "3. Dinh dưỡng",
  "4. Bảo hiểm y tế",
  "5. Trình độ giáo dục của người lớn",
  "6. Tình trạng đi học của trẻ em",
  "7. Chất lượng nhà ở",
  "8. Diện tích nhà ở",
  "9. Nguồn nước sinh hoạt",
  "10. Nhà tiêu hợp vệ sinh",
  "11. Dịch vụ viễn thông",
  "12. Phương tiện tiếp cận thông tin",
];

test("parses a roster sheet with merged headers, tolerant values, and reports unreadable rows", () => {
  const w = 4 + 12;
  const blank = (): RawValue[] => Array<RawValue>(w).fill(null);
  const title = blank();
  title[0] = "DANH SÁCH HỘ GIA ĐÌNH RÀ SOÁT NĂM 2024";
  const band = blank();
  band[0] = "Họ tên chủ hộ";
  band[1] = "Thôn";
  band[2] = "Khu vực";
  band[3] = "Thu nhập bình quân (đồng/người/tháng)";
  band[4] = "Chỉ số thiếu hụt dịch vụ xã hội cơ bản";
  const head = blank();
  HEADER_07.forEach((h, i) => (head[4 + i] = h));
  const nums = blank().map((_, i) => `(${i + 1})`);
  const row = (unit: RawValue, area: RawValue, income: RawValue, flags: RawValue[]): RawValue[] => [
    "A",
    unit,
    area,
    income,
    ...flags,
  ];
  const f3 = [1, 1, "x", 0, null, 0, 0, 0, 0, 0, 0, 0];
  const values: RawValue[][] = [
    title,
    band,
    head,
    nums,
    row("Làng Mài", "Nông thôn", 1_500_000, f3),
    row("lang mai", "nông thôn", "1.500.000", [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    row("Hợp Thành", "thành thị", "1,9 triệu", f3),
    row("Hợp Thành", "NT", "abc", f3),
    row("Hợp Thành", "vùng núi", 1, f3),
    row("", "NT", 1, f3),
    row("Hợp Thành", "NT", 1, [2, ...f3.slice(1)]),
    row("Tổng", null, null, Array(12).fill(null)),
  ];
  const merges = [
    { top: 2, left: 1, bottom: 3, right: 1 },
    { top: 2, left: 2, bottom: 3, right: 2 },
    { top: 2, left: 3, bottom: 3, right: 3 },
    { top: 2, left: 4, bottom: 3, right: 4 },
    { top: 2, left: 5, bottom: 2, right: 16 },
  ];
  const parsed = parseRoster(gridOf(values, merges), ND07_2021);
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  expect(parsed.headerRow).toBe(3);
  expect(parsed.columns).toEqual({
    unit: 2,
    area: 3,
    income: 4,
    indicators: Array.from({ length: 12 }, (_, i) => 5 + i),
  });
  expect(
    parsed.rows.map((r) => [r.unit, r.area, r.income, r.deprived.filter(Boolean).length])
  ).toEqual([
    ["Làng Mài", "rural", 1_500_000, 3],
    ["lang mai", "rural", 1_500_000, 2],
    ["Hợp Thành", "urban", 1_900_000, 3],
  ]);
  expect(parsed.problems.map((p) => [p.kind, p.row])).toEqual([
    ["badIncome", 8],
    ["badArea", 9],
    ["noUnit", 10],
    ["badFlag", 11],
  ]);
  const s = classifyRoster(parsed.rows, ND07_2021);
  expect(s.units.map((u) => [u.unit, u.poor, u.nearPoor])).toEqual([
    ["Làng Mài", 1, 1],
    ["Hợp Thành", 1, 0],
  ]);
});

test("a roster without some of the standard's indicators says which are missing", () => {
  const values: RawValue[][] = [
    ["Thôn", "Thu nhập", ...HEADER_07.slice(0, 10)],
    ["A", 1, ...Array(10).fill(0)],
  ];
  const p = parseRoster(gridOf(values), ND07_2021);
  expect(p).toEqual({
    ok: false,
    reason: "MISSING_INDICATORS",
    missing: ["telecommunication", "informationAccessAssets"],
  });
  expect(
    parseRoster(
      gridOf([
        ["a", "b"],
        [1, 2],
      ]),
      ND07_2021
    )
  ).toEqual({ ok: false, reason: "NO_HEADER" });
});

test("351/2025 roster headers map to its own indicators (waste, digital services)", () => {
  const h = [
    "Việc làm",
    "Người phụ thuộc",
    "BHYT",
    "Dinh dưỡng",
    "Trình độ giáo dục người lớn",
    "Trẻ em đi học",
    "Diện tích nhà ở",
    "Chất lượng nhà ở",
    "Dịch vụ viễn thông, internet",
    "Nước sinh hoạt",
    "Nhà tiêu",
    "Xử lý rác thải",
  ];
  const p = parseRoster(
    gridOf([
      ["Tổ dân phố", "Khu vực", "Thu nhập", ...h],
      ["TDP 1", "đô thị", 2_800_000, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ]),
    ND351_2025
  );
  expect(p.ok && p.columns.indicators).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  expect(p.ok && classifyRoster(p.rows, ND351_2025).total.poor).toBe(1);
});

function syntheticRoster(n: number): RosterRow[] {
  const units = ["Quang Trung", "Làng Gió", "Thắng Lộc", "Làng Sao", "Hợp Thành", "Làng Mài"];
  return Array.from({ length: n }, (_, i) => ({
    row: i + 2,
    unit: units[i % 6] as string,
    area: (i % 5 === 0 ? "urban" : "rural") as Area,
    income: 1_000_000 + (i % 40) * 100_000, // 1.0M … 4.9M
    deprived: Array.from({ length: 12 }, (_, j) => (i + j) % 7 === 0 || (i % 11 === 0 && j < 4)),
  }));
}

test("20,000 households: chunked with progress, counts equal a direct count", () => {
  const rows = syntheticRoster(20_000);
  const progress: number[] = [];
  const s = classifyRoster(rows, ND07_2021, {
    onProgress: (p) => progress.push(p.done),
    chunkSize: 2500,
  });
  expect(progress).toEqual([2500, 5000, 7500, 10000, 12500, 15000, 17500, 20000]);
  let poor = 0,
    near = 0,
    avg = 0;
  for (const r of rows) {
    const c = r.deprived.filter(Boolean).length;
    const line = r.area === "rural" ? 1_500_000 : 2_000_000;
    const av = r.area === "rural" ? 2_250_000 : 3_000_000;
    if (r.income <= line) {
      if (c >= 3) poor++;
      else near++;
    } else if (r.income <= av) avg++;
  }
  expect(s.total.households).toBe(20_000);
  expect([s.total.poor, s.total.nearPoor, s.total.average]).toEqual([poor, near, avg]);
  expect(poor).toBeGreaterThan(0);
  expect(s.total.notPoor).toBe(20_000 - poor - near - avg);
  expect(s.units.reduce((a, u) => a + u.poor, 0)).toBe(poor);
  expect(s.units).toHaveLength(6);
});

test("Alkire–Foster: H, A, M0 and censored headcounts", () => {
  const mk = (count: number, unit = "A"): RosterRow => ({
    row: 1,
    unit,
    area: "rural",
    income: 9e9,
    deprived: Array.from({ length: 12 }, (_, j) => j < count),
  });
  const s = classifyRoster([mk(0), mk(2), mk(3), mk(6)], ND07_2021);
  const af = s.alkireFoster;
  expect([af.n, af.q, af.headcount]).toEqual([4, 2, 0.5]);
  expect(af.intensity).toBeCloseTo((3 / 12 + 6 / 12) / 2, 12);
  expect(af.m0).toBeCloseTo(0.5 * 0.375, 12);
  expect(af.censoredHeadcount.slice(0, 7)).toEqual([0.5, 0.5, 0.5, 0.25, 0.25, 0.25, 0]);
  expect(af.uncensoredHeadcount[0]).toBe(0.75);
});

test("the generator can be driven step by step", () => {
  const it = classifyRosterSteps(syntheticRoster(5), ND07_2021, 2);
  expect(it.next().value).toEqual({ done: 2, total: 5 });
  expect(it.next().value).toEqual({ done: 4, total: 5 });
  expect(it.next().value).toEqual({ done: 5, total: 5 });
  const last = it.next();
  expect(last.done && last.value.total.households).toBe(5);
});

test("roster counts go to the appendix only for matched units, and deprivation counts follow", () => {
  const rows: RosterRow[] = [
    {
      row: 2,
      unit: "LÀNG MÀI",
      area: "rural",
      income: 1e6,
      deprived: Array.from({ length: 12 }, (_, j) => j < 3),
    },
    {
      row: 3,
      unit: "Làng Mài",
      area: "rural",
      income: 1e6,
      deprived: Array.from({ length: 12 }, (_, j) => j === 3),
    },
    { row: 4, unit: "Thôn Lạ", area: "rural", income: 1e6, deprived: Array(12).fill(false) },
  ];
  const data = binhLuongData();
  const m = matchRosterUnits(classifyRoster(rows, ND07_2021), data);
  expect(m.unmatched).toEqual(["Thôn Lạ"]);
  expect(m.missing).toHaveLength(5);
  const { plan, changes } = buildRosterCountsPlan(data, m);
  expect(changes).toEqual([{ unit: "Làng Mài", cell: "E13", from: 13, to: 1 }]);
  expect(plan.sheets[0]?.writes).toEqual([{ row: 13, col: 5, cell: { value: 1 } }]);
  expect(toDeprivationCounts(m).get("Làng Mài")).toEqual([1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
});

test("a 20,000-household roster sheet parses and classifies end to end", () => {
  const units = ["Quang Trung", "Làng Gió", "Thắng Lộc"];
  const values: RawValue[][] = [["Thôn", "Khu vực", "Thu nhập bình quân", ...HEADER_07]];
  for (let i = 0; i < 20_000; i++) {
    values.push([
      units[i % 3] as string,
      i % 4 === 0 ? "thành thị" : "nông thôn",
      1_400_000 + (i % 10) * 100_000,
      ...Array.from({ length: 12 }, (_, j) => ((i + j) % 5 === 0 ? 1 : 0)),
    ]);
  }
  const parsed = parseRoster(gridOf(values), ND07_2021);
  expect(parsed.ok && parsed.rows.length).toBe(20_000);
  if (!parsed.ok) return;
  const s = classifyRoster(parsed.rows, ND07_2021);
  expect(s.total.households).toBe(20_000);
  expect(s.units.map((u) => u.households)).toEqual([6667, 6667, 6666]);
  const expectedPoorOrNear = parsed.rows.filter(
    (r) => r.income <= (r.area === "rural" ? 1_500_000 : 2_000_000)
  ).length;
  expect(s.total.poor + s.total.nearPoor).toBe(expectedPoorOrNear);
});
