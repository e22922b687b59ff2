import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

export const useWritePreviewStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    // Narrower at the sides: the preview sits inside a card, and the allocation's five columns need the room.
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border(tokens.strokeWidthThick, "solid", tokens.colorBrandStroke2),
    boxShadow: tokens.shadow8,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  th: {
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
  },
  td: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    overflowWrap: "anywhere",
    verticalAlign: "top",
  },
  rowHeader: { textAlign: "left", fontWeight: tokens.fontWeightRegular },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  before: { color: tokens.colorNeutralForeground3 },
  changed: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  totals: {
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    justifyContent: "flex-end",
  },
  hint: { color: tokens.colorNeutralForeground3, marginRight: "auto" },
  kind: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3 },
});
