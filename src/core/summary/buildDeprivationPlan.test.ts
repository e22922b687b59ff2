import { MIN_PRINT_SCALE, columnPixels, effectiveScale } from "./printScale";
import { binhLuongData } from "../../../tests/summary/binhLuongData";
import type { CellWrite, PrintSetup, SheetPlan } from "../model";
import { ND07_2021, ND351_2025 } from "../standards";
import { buildDeprivationPlan, PHO_MINH_TARGETS, remainingToTarget } from "./buildDeprivationPlan";

const at = (s: SheetPlan, row: number, col: number): CellWrite | undefined =>
  s.writes.find((w) => w.row === row && w.col === col);

function build(
  opts: Partial<Parameters<typeof buildDeprivationPlan>[2]> = {},
  data = binhLuongData(),
  standard = ND07_2021
) {
  const r = buildDeprivationPlan(data, standard, { existingSheets: ["Phụ lục"], ...opts });
  if (!r.ok) throw new Error("expected ok");
  return r.value;
}

test("remainingToTarget: households to move out of deprivation to reach the target share", () => {
  expect(remainingToTarget(53, 10, 95)).toBe(8); // need ceil(50.35)=51 not deprived, have 43
  expect(remainingToTarget(100, 30, 70)).toBe(0); // exactly on target
  expect(remainingToTarget(100, 31, 70)).toBe(1);
  expect(remainingToTarget(10, 0, 100)).toBe(0);
  expect(remainingToTarget(10, 10, 100)).toBe(10);
  expect(remainingToTarget(0, 0, 80)).toBe(0);
});

test("layout: denominator linked to the appendix, blank yellow inputs, rate and remaining formulas", () => {
  const { plan, sheet } = build();
  const s = plan.sheets[0] as SheetPlan;
  expect(sheet).toBe("Chỉ số thiếu hụt");
  expect(at(s, 7, 2)?.cell).toEqual({ value: "Quang Trung" });
  expect(at(s, 7, 3)?.cell).toEqual({ formula: "='Phụ lục'!E8", result: 1 });
  expect(at(s, 7, 4)?.cell).toEqual({ value: null });
  // Decree 07/2021's names are confirmed (DOMAIN.md §1.3): no (*); its unconfirmed thresholds get one note.
  expect(at(s, 5, 4)?.cell).toEqual({ value: "1. Việc làm" });
  // The notes sit under the table (row 15, past the totals row 13): the standard, how to fill the sheet, then the
  // thresholds note; row 3 is left blank.
  const notes = String((at(s, 15, 1)?.cell as { value: unknown }).value);
  expect(at(s, 3, 1)).toBeUndefined();
  expect(notes).toMatch(/^Chuẩn nghèo: Nghị định 07\/2021\/NĐ-CP/);
  expect(notes).toMatch(
    / Tên các chỉ số theo văn bản chính thức; ngưỡng thiếu hụt của từng chỉ số chưa được đối chiếu với văn bản gốc\.$/
  );
  expect(notes).not.toContain("(*)");
  expect(at(s, 4, 16)?.cell).toEqual({ value: "Tỷ lệ thiếu hụt (% số hộ nghèo)" });
  expect(at(s, 7, 16)?.cell).toEqual({
    formula: '=IF(AND(C7>0,D7<>""),ROUND(D7/C7*100,2),"")',
    result: "",
  });
  expect(at(s, 7, 28)?.cell).toEqual({
    formula: '=IF(OR($P$6="",D7=""),"",MAX(0,ROUNDUP(C7*$P$6/100,0)-(C7-D7)))',
    result: "",
  });
  expect(at(s, 13, 2)?.cell).toEqual({ value: "Toàn xã" });
  expect(at(s, 13, 3)?.cell).toEqual({ formula: "=SUM(C7:C12)", result: 32 });
  expect(at(s, 13, 4)?.cell).toEqual({ formula: "=SUM(D7:D12)" });
});

test("print: notes outside the print area, the 39 columns in three page-wide blocks at a readable scale", () => {
  const s = build().plan.sheets[0] as SheetPlan;
  const print = s.print as PrintSetup;
  // the heading lines print, the notes (row 15) do not
  expect(print.printArea).toEqual({ top: 1, left: 1, bottom: 13, right: 39 });
  expect(String((at(s, 1, 1)?.cell as { value: unknown }).value)).toMatch(/^PHỤ LỤC/);
  expect(print).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: true });
  expect(print.pagesWide).toBe(3); // counts, rates, households still to resolve
  expect(print.repeatColumns).toEqual({ left: 1, right: 3 });
  expect(print.repeatRows).toEqual({ top: 4, bottom: 6 });
  const px = (s.columnWidths ?? []).map((w) => columnPixels(w.width));
  const total = px.reduce((a, b) => a + b, 0);
  const titles = px.slice(0, 3).reduce((a, b) => a + b, 0);
  expect(effectiveScale(print, total, titles)).toBeGreaterThanOrEqual(70);
  // fitted to one page wide it would be about 29 %
  expect(effectiveScale({ ...print, pagesWide: 1 }, total)).toBeLessThan(MIN_PRINT_SCALE);
  // the heading spans the first page only, so it prints on it
  expect(s.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 15 });
});

test("denominator is poor + near-poor when the appendix has near-poor, and the header says so", () => {
  const s = build({}, binhLuongData({ nearPoor: [2, 3, 4, 2, 5, 5] })).plan.sheets[0] as SheetPlan;
  expect(at(s, 7, 3)?.cell).toEqual({ formula: "='Phụ lục'!E8+'Phụ lục'!J8", result: 3 });
  expect(at(s, 4, 3)?.cell).toEqual({ value: "Số hộ nghèo và cận nghèo" });
  expect(at(s, 4, 16)?.cell).toEqual({ value: "Tỷ lệ thiếu hụt (% số hộ nghèo và cận nghèo)" });
  expect(s.validations?.[5]).toMatchObject({
    range: { top: 12, bottom: 12, left: 4, right: 15 },
    type: "whole",
    min: 0,
    max: 18,
  });
});

test("counts from the roster and targets fill values with the engine's results", () => {
  const counts = new Map([["Làng Mài", [3, 0, 0, 5, 0, 2, 0, 0, 6, 9, 0, 0]]]);
  const s = build({ counts, targets: PHO_MINH_TARGETS }).plan.sheets[0] as SheetPlan;
  expect(at(s, 12, 7)?.cell).toEqual({ value: 5 }); // BHYT, Làng Mài (13 poor)
  expect(at(s, 6, 19)?.cell).toEqual({ value: 100 });
  expect(at(s, 12, 19)?.cell).toMatchObject({ result: 38.46 });
  expect(at(s, 12, 31)?.cell).toMatchObject({ result: 5 });
  expect(at(s, 12, 36)?.cell).toMatchObject({ result: 4 }); // water 80%: of 13 need 11 not deprived, have 7
  expect(at(s, 13, 4)?.cell).toEqual({ formula: "=SUM(D7:D12)", result: 3 });
  expect(at(s, 6, 16)?.cell).toEqual({ value: null });
});

test("351/2025 sheet lists its own indicators and marks them unconfirmed", () => {
  const s = build({}, binhLuongData(), ND351_2025).plan.sheets[0] as SheetPlan;
  expect(at(s, 5, 15)?.cell).toEqual({ value: "12. Xử lý rác thải sinh hoạt (*)" });
  expect(at(s, 5, 12)?.cell).toEqual({ value: "9. Sử dụng dịch vụ viễn thông, dịch vụ số (*)" });
});

test.each(["=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)"])("unit name %s stays text", (name) => {
  const s = build({}, binhLuongData({ names: [name, "b", "c", "d", "e", "f"] })).plan
    .sheets[0] as SheetPlan;
  expect(at(s, 7, 2)).toMatchObject({ cell: { value: name }, numberFormat: "@" });
});

test("unique sheet name", () => {
  expect(build({ existingSheets: ["Chỉ số thiếu hụt"] }).sheet).toBe("Chỉ số thiếu hụt (2)");
});
