import type { Lang } from "../messages/define";
import { tProvince } from "../messages/province";
import type { WritePlan } from "../model";
import { uniqueSheetName } from "../summary/uniqueSheetName";
import { buildFileStatusPlan } from "./buildFileStatusPlan";
import { buildProvincePlan } from "./buildProvincePlan";
import type { Consolidation } from "./types";

export type ConsolidationPlan = {
  readonly plan: WritePlan;
  readonly provinceSheet: string;
  readonly fileSheet: string;
  /** Row of each aggregated commune on the province sheet, by file. */
  readonly provinceRowOfFile: ReadonlyMap<string, number>;
  /** Row of each file on the file-status sheet. */
  readonly fileRowOfFile: ReadonlyMap<string, number>;
  /** Column of the first problem (or reason) on the file-status sheet. */
  readonly fileProblemColumn: number;
};

/**
 * Both generated sheets, "Tổng hợp tỉnh" then "Tình trạng tệp", as one write (one undo step), named so that no
 * sheet of `existingSheets` is overwritten ("Tổng hợp tỉnh (2)" …).
 * @example buildConsolidationPlan(consolidate(readings), { lang: "vi", existingSheets: [] }).plan.sheets.length === 2
 */
export function buildConsolidationPlan(
  c: Consolidation,
  options: { readonly lang: Lang; readonly existingSheets: readonly string[] }
): ConsolidationPlan {
  const provinceSheet = uniqueSheetName(
    tProvince(options.lang, "provinceSheetName"),
    options.existingSheets
  );
  const fileSheet = uniqueSheetName(tProvince(options.lang, "fileSheetName"), [
    ...options.existingSheets,
    provinceSheet,
  ]);
  const province = buildProvincePlan(c, {
    lang: options.lang,
    sheet: provinceSheet,
    files: c.lines.length,
  });
  const files = buildFileStatusPlan(c, { lang: options.lang, sheet: fileSheet });
  return {
    plan: { action: "province", sheets: [province.plan, files.plan] },
    provinceSheet,
    fileSheet,
    provinceRowOfFile: province.rowOfFile,
    fileRowOfFile: files.rowOfFile,
    fileProblemColumn: files.problemColumn,
  };
}
