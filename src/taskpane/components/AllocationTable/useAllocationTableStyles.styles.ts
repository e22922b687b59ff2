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
  // A village's name on one line; a long one is cut with "…" (its full name is the cell's title), so that the
  // table fits a 320 px pane with its scroll bar in both languages.
  name: {
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    maxWidth: "6.5em",
  },
  // Right-aligned columns: the gap to the column on their left is that column's right padding and this one.
  num: {
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
    paddingLeft: tokens.spacingHorizontalXXS,
  },
  // Numbers on one line; the headers above them may wrap ("Dự kiến / (%)") to leave the names room.
  figure: { whiteSpace: "nowrap" },
  before: { color: tokens.colorNeutralForeground3 },
  changed: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  totals: {
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  // Room for a three-digit count: the whole table, lock column included, fits a 320 px pane with its scroll bar.
  lock: { width: "2.5em", minWidth: 0 },
});
