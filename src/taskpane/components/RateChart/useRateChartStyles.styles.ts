import { makeStyles, tokens } from "@fluentui/react-components";

export const useRateChartStyles = makeStyles({
  root: { width: "100%", height: "auto", display: "block" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  grid: { stroke: tokens.colorNeutralStroke3, strokeWidth: 1 },
  start: { fill: tokens.colorPaletteBlueBorderActive },
  projected: { fill: tokens.colorPaletteGreenBorderActive },
  label: { fill: tokens.colorNeutralForeground2, fontSize: "10px" },
  value: { fill: tokens.colorNeutralForeground1, fontSize: "9px" },
});
