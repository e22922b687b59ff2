import { toA1 } from "../address";
import type { Lang } from "../messages/define";
import { tSummary } from "../messages/summary";
import type { CellWrite, PlanCell } from "../model";
import { round2 } from "../rates/computeRate";
import type { PreviousYear } from "./buildSummaryPlan";
import { rateOf } from "./rateOf";
import type { Ctx } from "./summaryColumns";
import { BODY_STYLE, COUNT_FORMAT, RATE_FORMAT, TEXT_FORMAT } from "./styles";

/** Last year's poor (and near-poor) figures and the change of the rate, under the summary's totals. */
export function previousYearBlock(
  prev: PreviousYear,
  row: number,
  ctx: Ctx,
  totalRow: number,
  current: number | null,
  lang: Lang
): CellWrite[] {
  const prevRate = rateOf(prev.poor, prev.households);
  const cells: [PlanCell, string | undefined][] = [
    [{ value: tSummary(lang, "colPrevPoor", { year: prev.year }) }, TEXT_FORMAT],
    [{ value: prev.poor }, COUNT_FORMAT],
    [{ value: tSummary(lang, "colPrevPoorRate", { year: prev.year }) }, TEXT_FORMAT],
    [
      {
        formula: `=IF(${prev.households}>0,ROUND(${prev.poor}/${prev.households}*100,2),"")`,
        result: prevRate ?? "",
      },
      RATE_FORMAT,
    ],
    [{ value: tSummary(lang, "colChangeRate", { year: prev.year }) }, TEXT_FORMAT],
    [
      {
        formula: `=IF(OR(${ctx.at("poorRate", totalRow)}="",${toA1(row, 5)}=""),"",ROUND(${ctx.at("poorRate", totalRow)}-${toA1(row, 5)},2))`,
        result: current === null || prevRate === null ? "" : round2(current - prevRate),
      },
      RATE_FORMAT,
    ],
  ];
  const rowOf = (r: number, list: [PlanCell, string | undefined][]): CellWrite[] =>
    list.map(([cell, numberFormat], i) => ({
      row: r,
      col: i + 2,
      cell,
      ...(numberFormat ? { numberFormat } : {}),
      style: BODY_STYLE,
    }));
  const near = prev.nearPoor;
  if (near === undefined) return rowOf(row, cells);
  const nearCells: [PlanCell, string | undefined][] = [
    [{ value: tSummary(lang, "colPrevNearPoor", { year: prev.year }) }, TEXT_FORMAT],
    [{ value: near }, COUNT_FORMAT],
    [{ value: tSummary(lang, "colPrevNearPoorRate", { year: prev.year }) }, TEXT_FORMAT],
    [
      {
        formula: `=IF(${prev.households}>0,ROUND(${near}/${prev.households}*100,2),"")`,
        result: rateOf(near, prev.households) ?? "",
      },
      RATE_FORMAT,
    ],
  ];
  return [...rowOf(row, cells), ...rowOf(row + 1, nearCells)];
}
