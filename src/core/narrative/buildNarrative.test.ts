import { binhLuongData } from "../../../tests/summary/binhLuongData";
import type { Grid } from "../model";
import { readFigures } from "../summary/readFigures";
import { buildNarrative } from "./buildNarrative";
import { findPlanYear } from "./findPlanYear";
import { findPlaceKind } from "./findPlaceKind";

const figures = (d = binhLuongData()) => {
  const r = readFigures(d);
  if (!r.ok) throw new Error("bad fixture");
  return r.value;
};

test("Bình Lương: the plan's own sentences with decimal commas", () => {
  const text = buildNarrative(figures(), { year: 2024 }).join("\n");
  expect(text).toContain("Số hộ nghèo toàn xã là 32 hộ, chiếm tỷ lệ 4,39%.");
  expect(text).toContain(
    "Phấn đấu giảm tỷ lệ hộ nghèo cuối năm 2024 từ 4,39% xuống còn 3,02%, tương đương 10 hộ, giảm 1,37%."
  );
  expect(text).toContain("Tổng số hộ toàn xã là 729 hộ.");
  expect(text).toContain(
    "Thắng Lộc: 1 hộ (giảm 0,77%); Hợp Thành: 3 hộ (giảm 2,08%); Làng Mài: 6 hộ (giảm 6,12%)"
  );
  expect(text).toContain(
    "Các thôn còn lại (Quang Trung, Làng Gió, Làng Sao) không giao chỉ tiêu giảm."
  );
  expect(text).not.toMatch(/cận nghèo/);
});

test("without a year the target sentence leaves it out", () => {
  expect(buildNarrative(figures()).join(" ")).toContain(
    "Phấn đấu giảm tỷ lệ hộ nghèo từ 4,39% xuống còn 3,02%"
  );
});

test("near-poor sentence when the column exists; previous-year change", () => {
  const f = figures(binhLuongData({ nearPoor: [2, 3, 4, 2, 5, 5] }));
  const text = buildNarrative(f, {
    year: 2024,
    previousYear: { year: 2023, poor: 40, households: 729 },
  }).join("\n");
  expect(text).toContain("Số hộ nghèo toàn xã năm 2023 là 40 hộ, chiếm tỷ lệ 5,49%.");
  expect(text).toContain(
    "Số hộ nghèo rà soát cuối năm 2023 áp dụng chính sách cho năm 2024 là 32 hộ, chiếm tỷ lệ 4,39%, giảm 1,10%, tương đương 8 hộ so với năm 2023."
  );
  expect(text).toContain("Số hộ cận nghèo rà soát cuối năm 2023 là 21 hộ, chiếm tỷ lệ 2,88%.");
  expect(text).not.toContain("Số hộ cận nghèo năm 2023");
});

test("English uses decimal points", () => {
  const text = buildNarrative(figures(), { year: 2024, lang: "en" }).join("\n");
  expect(text).toContain("4.39%");
  expect(text).toContain("3.02%");
});

test("plan year comes from the projected-rate header, else the latest year in the headings", () => {
  const data = binhLuongData();
  const values: (string | number | null)[][] = Array.from({ length: 14 }, () =>
    Array(9).fill(null)
  );
  (values[1] as unknown[])[1] = "GIAO CHỈ TIÊU GIẢM NGHÈO CÁC THÔN NĂM 2024";
  (values[5] as unknown[])[4] = "Tình hình hộ nghèo cuối năm 2023";
  (values[6] as unknown[])[8] = "Dự kiến tỷ lệ hộ nghèo cuối năm 2025 (%)";
  const grid: Grid = {
    sheet: "Phụ lục",
    top: 1,
    left: 1,
    values,
    formulas: values.map((r) => r.map(() => null)),
    numberFormats: values.map((r) => r.map(() => "General")),
    merges: [],
  };
  expect(findPlanYear(grid, data.layout)).toBe(2025);
  (values[6] as unknown[])[8] = "Dự kiến tỷ lệ (%)";
  expect(findPlanYear(grid, data.layout)).toBe(2024);
  (values[1] as unknown[])[1] = "GIAO CHỈ TIÊU";
  expect(findPlanYear(grid, data.layout)).toBe(2023);
  (values[5] as unknown[])[4] = "x";
  expect(findPlanYear(grid, data.layout)).toBeNull();
});

test("a ward's plan speaks of the ward and its residential groups", () => {
  const text = buildNarrative(figures(), {
    year: 2024,
    place: { area: "ward", units: "residentialGroup" },
  }).join("\n");
  expect(text).toContain("Số hộ nghèo toàn phường là 32 hộ, chiếm tỷ lệ 4,39%.");
  expect(text).toContain("Chỉ tiêu giảm hộ nghèo giao cho các tổ dân phố: Thắng Lộc: 1 hộ");
  expect(text).toContain("Các tổ dân phố còn lại (");
});

test("place kind is read from the title and the unit header", () => {
  const data = binhLuongData();
  const values: (string | number | null)[][] = Array.from({ length: 14 }, () =>
    Array(9).fill(null)
  );
  const grid: Grid = {
    sheet: "Phụ lục",
    top: 1,
    left: 1,
    values,
    formulas: values.map((r) => r.map(() => null)),
    numberFormats: values.map((r) => r.map(() => "General")),
    merges: [],
  };
  (values[6] as unknown[])[1] = "Thôn";
  (values[1] as unknown[])[1] = "GIAO CHỈ TIÊU GIẢM NGHÈO CÁC THÔN NĂM 2024";
  expect(findPlaceKind(grid, data.layout)).toEqual({
    area: "commune",
    units: "village",
    unitKinds: ["thon"],
  });
  (values[6] as unknown[])[1] = "Tổ dân phố";
  expect(findPlaceKind(grid, data.layout)).toEqual({
    area: "commune",
    units: "residentialGroup",
    unitKinds: ["toDanPho"],
  });
  (values[2] as unknown[])[1] = "(Kèm theo Kế hoạch của UBND phường Phổ Minh)";
  expect(findPlaceKind(grid, data.layout)).toMatchObject({
    area: "ward",
    units: "residentialGroup",
  });
});

test("typed near-poor households stand in for a missing near-poor column", () => {
  const text = buildNarrative(figures(), { year: 2024, nearPoor: 21 }).join("\n");
  expect(text).toContain("Số hộ cận nghèo toàn xã là 21 hộ, chiếm tỷ lệ 2,88%.");
});

test("last year's rates use last year's households; a rise says tăng", () => {
  const text = buildNarrative(figures(), {
    year: 2024,
    previousYear: { year: 2023, poor: 30, nearPoor: 10, households: 700 },
  }).join("\n");
  expect(text).toContain("Số hộ nghèo toàn xã năm 2023 là 30 hộ, chiếm tỷ lệ 4,29%.");
  expect(text).toContain("Số hộ cận nghèo năm 2023 là 10 hộ, chiếm tỷ lệ 1,43%.");
  expect(text).toContain("chiếm tỷ lệ 4,39%, tăng 0,10%, tương đương 2 hộ so với năm 2023.");
});

test("the transitions table's movements are told for last year", () => {
  const text = buildNarrative(figures(), {
    year: 2024,
    transitions: {
      households: 729,
      poor: { start: 40, exited: 10, reentered: 1, newCount: 1, end: 32 },
      nearPoor: null,
    },
  }).join("\n");
  expect(text).toContain(
    "Trong năm 2023, toàn xã có 10 hộ thoát nghèo, 1 hộ tái nghèo và 1 hộ nghèo phát sinh; cuối năm còn 32 hộ nghèo."
  );
});

test("a ward states its targets in the a)–b) form, padded as the seed writes them", () => {
  const text = buildNarrative(figures(), {
    year: 2024,
    place: { area: "ward", units: "residentialGroup" },
    targets: {
      poor: { households: 16, rate: 1.11, given: "rate" },
      nearPoor: { households: 5, rate: 0.3, given: "rate" },
    },
  }).join("\n");
  expect(text).toContain(
    "a) Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều thực hiện mức giảm 1,11% (tương ứng số hộ nghèo phải giảm là 16 hộ);"
  );
  expect(text).toContain(
    "b) Tỷ lệ hộ cận nghèo theo chuẩn nghèo đa chiều thực hiện mức giảm 0,30% (tương ứng số hộ cận nghèo phải giảm là 05 hộ);"
  );
});

/**
 * What makes a paragraph's commas uneven to a reader: a count joined to its rate with a comma in one sentence and
 * without in the next ("40 hộ, chiếm tỷ lệ 5,49%" then "32 hộ chiếm tỷ lệ 4,39%"), a list comma with no space
 * after it, a space before a comma or a full stop, two spaces, a decimal comma in English.
 */
function unevenPunctuation(text: string, lang: "vi" | "en"): string[] {
  const found: string[] = [];
  const look = (re: RegExp, what: string) => {
    for (const m of text.matchAll(re))
      found.push(`${what}: “…${text.slice(Math.max(0, m.index - 20), m.index + 20)}…”`);
  };
  look(/ hộ chiếm/g, "a count joined to its rate without a comma");
  look(/,(?![ \d])|(?<!\d),(?=\d)/g, "a list comma without a space after it");
  look(/ [,.;]/g, "a space before punctuation");
  look(/ {2}/g, "two spaces");
  look(
    lang === "vi" ? /\d\.\d{1,2}(?!\d)/g : /\d,\d{1,2}%/g,
    "a decimal separator of the other language"
  );
  return found;
}

test("every sentence of the paragraph joins a count to its rate alike, with even commas, in both languages", () => {
  const near = figures(binhLuongData({ nearPoor: [2, 3, 4, 2, 5, 5] }));
  const variants = (lang: "vi" | "en") => [
    buildNarrative(figures(), { year: 2024, lang }),
    buildNarrative(figures(), { year: 2024, lang, nearPoor: 21 }),
    buildNarrative(near, { year: 2024, lang }),
    buildNarrative(near, {
      year: 2024,
      lang,
      previousYear: { year: 2023, poor: 40, nearPoor: 14, households: 729 },
    }),
    buildNarrative(figures(), {
      year: 2024,
      lang,
      place: { area: "ward", units: "residentialGroup" },
      targets: { poor: { households: 10, rate: 1.37, given: "rate" } },
    }),
  ];
  for (const lang of ["vi", "en"] as const)
    for (const lines of variants(lang))
      expect(unevenPunctuation(lines.join("\n"), lang)).toEqual([]);
  // The two ways a year's poor households are stated, side by side in one plan, read alike.
  const text = buildNarrative(near, {
    year: 2024,
    previousYear: { year: 2023, poor: 40, nearPoor: 14, households: 729 },
  }).join("\n");
  expect(text).toContain("năm 2023 là 40 hộ, chiếm tỷ lệ 5,49%.");
  expect(buildNarrative(figures(), { year: 2024 }).join("\n")).toContain(
    "là 32 hộ, chiếm tỷ lệ 4,39%."
  );
});
