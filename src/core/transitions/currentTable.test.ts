import { buildTable } from "../../../tests/core/helpers/buildTable";
import { allocateTarget } from "../allocate/allocateTarget";
import { buildNarrative } from "../narrative/buildNarrative";
import { readPreviousYear } from "../narrative/readPreviousYear";
import { readFigures } from "../summary/readFigures";
import { toCurrentTable } from "./currentTable";

/** 44 poor at the start of the year (6,04 %), 32 at the end (4,39 %) among 729 households. */
const TRANSITIONS = buildTable([
  [
    "TT",
    "Thôn",
    "Tổng số hộ",
    "Số hộ nghèo đầu năm",
    "Số hộ thoát nghèo",
    "Số hộ tái nghèo",
    "Số hộ nghèo phát sinh",
    "Số hộ nghèo cuối năm",
    "Tỷ lệ hộ nghèo cuối năm (%)",
  ],
  [1, "Thôn Đông", 300, 20, 6, 0, 1, 15, 5],
  [2, "Thôn Tây", 429, 24, 8, 1, 0, 17, 3.96],
  [null, "Tổng", 729, 44, 14, 1, 1, 32, 4.39],
]);

describe("a transitions table's current figures are the end of the year", () => {
  it("toCurrentTable reads the end-of-year count as the poor", () => {
    const current = toCurrentTable(TRANSITIONS);
    expect(current.layout.columns.poor).toBe(8);
    expect(current.layout.columns.poorRate).toBe(9);
    expect(current.units.map((u) => u.cells.poor)).toMatchObject([{ value: 15 }, { value: 17 }]);
  });

  it("the summary figures and the narrative say 32 hộ, 4,39 %, not 44 hộ, 6,04 %", () => {
    const figures = readFigures(TRANSITIONS);
    if (!figures.ok) throw new Error("unreadable");
    expect(figures.value.commune).toMatchObject({ households: 729, poor: 32, poorRate: 4.39 });
    const text = buildNarrative(figures.value, { year: 2024, lang: "vi" }).join(" ");
    expect(text).toContain("32 hộ");
    expect(text).toContain("4,39%");
    expect(text).not.toContain("44 hộ");
  });

  it("opened as last year's plan it gives its end-of-year counts", () => {
    const r = readPreviousYear(TRANSITIONS, 2024);
    expect(r).toEqual({ ok: true, value: { year: 2024, poor: 32, households: 729 } });
  });

  it("the allocation's base is the end-of-year count", () => {
    expect(allocateTarget(TRANSITIONS, 33, "proportional")).toMatchObject({
      ok: false,
      reason: "TARGET_EXCEEDS_POOR",
      totalPoor: 32,
    });
  });

  it("an appendix is left as it is", () => {
    const appendix = buildTable([
      ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"],
      [1, "Thôn Đông", 300, 20, 6.67],
    ]);
    expect(toCurrentTable(appendix)).toBe(appendix);
  });
});
