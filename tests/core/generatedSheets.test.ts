/**
 * Our own sheets are never read back as appendices (DESIGN.md "Generated sheets"): the summary and deprivation
 * plans carry a marker, the host reports it as Grid.generated, and detection refuses such a grid whatever its name.
 */
import { binhLuongData } from "../summary/binhLuongData";
import {
  buildDeprivationPlan,
  buildSummaryPlan,
  detectTables,
  formatDetectFailure,
  ND07_2021,
} from "../../src/core";
import type { Grid, RawValue, SheetPlan } from "../../src/core";

/** The grid a host would read back from a sheet it created from this plan (formula results as values). */
function gridOf(plan: SheetPlan, name = plan.sheet): Grid {
  const rows = Math.max(...plan.writes.map((w) => w.row));
  const cols = Math.max(...plan.writes.map((w) => w.col));
  const values: RawValue[][] = Array.from({ length: rows }, () =>
    new Array<RawValue>(cols).fill(null)
  );
  const formulas = values.map((r) => r.map((): string | null => null));
  const numberFormats = values.map((r) => r.map(() => "General"));
  for (const w of plan.writes) {
    const c = w.cell;
    if (c && "value" in c) values[w.row - 1]![w.col - 1] = c.value;
    if (c && "formula" in c) {
      values[w.row - 1]![w.col - 1] = c.result ?? null;
      formulas[w.row - 1]![w.col - 1] = c.formula;
    }
    if (w.numberFormat) numberFormats[w.row - 1]![w.col - 1] = w.numberFormat;
  }
  return {
    sheet: name,
    top: 1,
    left: 1,
    values,
    formulas,
    numberFormats,
    merges: plan.merges ?? [],
    ...(plan.marker !== undefined ? { generated: plan.marker } : {}),
  };
}

function summarySheet(): SheetPlan {
  const r = buildSummaryPlan(binhLuongData(), { existingSheets: ["Phụ lục"] });
  if (!r.ok) throw new Error("summary");
  return r.value.plan.sheets[0] as SheetPlan;
}

function deprivationSheet(): SheetPlan {
  const r = buildDeprivationPlan(binhLuongData(), ND07_2021, { existingSheets: ["Phụ lục"] });
  if (!r.ok) throw new Error("deprivation");
  return r.value.plan.sheets[0] as SheetPlan;
}

describe("generated sheets", () => {
  it("the summary and deprivation plans mark their sheets", () => {
    expect(summarySheet().marker).toBe("summary");
    expect(deprivationSheet().marker).toBe("deprivation");
  });

  it.each([
    ["summary", summarySheet],
    ["deprivation", deprivationSheet],
  ])("a %s sheet read back is never an appendix, under its own name or renamed", (_, build) => {
    const plan = build();
    for (const name of [plan.sheet, "Phụ lục 2", "Sheet1"]) {
      const r = detectTables(gridOf(plan, name));
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.reason).toBe("GENERATED_SHEET");
      expect(formatDetectFailure(r, "vi")).toContain(name);
    }
  });

  it("a marked grid is refused even when its cells are a perfect appendix", () => {
    const rows: RawValue[][] = [
      ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo"],
      [1, "Thôn 1", 100, 5],
      [2, "Thôn 2", 80, 4],
    ];
    const grid: Grid = {
      sheet: "Phụ lục",
      top: 1,
      left: 1,
      values: rows,
      formulas: rows.map((r) => r.map(() => null)),
      numberFormats: rows.map((r) => r.map(() => "General")),
      merges: [],
    };
    expect(detectTables(grid).ok).toBe(true);
    expect(detectTables({ ...grid, generated: "summary" })).toMatchObject({
      ok: false,
      reason: "GENERATED_SHEET",
    });
  });
});
