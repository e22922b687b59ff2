import type { Lang } from "../../../core";

export type RateChartPoint = {
  readonly name: string;
  /** Rate at the start of the year, % points; null when unknown. */
  readonly start: number | null;
  /** Projected rate at year end; null when the table has no cut column. */
  readonly projected: number | null;
};

export type RateChartProps = {
  readonly points: readonly RateChartPoint[];
  readonly lang: Lang;
  readonly title: string;
  readonly startLabel: string;
  readonly projectedLabel: string;
};
