export { RateChart } from "./RateChart";
export type { RateChartProps, RateChartPoint } from "./RateChart.types";
