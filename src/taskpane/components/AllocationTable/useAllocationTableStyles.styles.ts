import { makeStyles, tokens } from "@fluentui/react-components";

export const useAllocationTableStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  th: {
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    verticalAlign: "bottom",
  },
  td: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    verticalAlign: "middle",
  },
  // A village's name on one line; a very long one is cut with "…" (its full name is the cell's title).
  name: {
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    maxWidth: "7.5em",
  },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  // Numbers on one line; the headers above them may wrap ("Dự kiến / (%)") to leave the names room.
  figure: { whiteSpace: "nowrap" },
  before: { color: tokens.colorNeutralForeground3 },
  changed: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  totals: {
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  lock: { width: "3em", minWidth: 0 },
});
