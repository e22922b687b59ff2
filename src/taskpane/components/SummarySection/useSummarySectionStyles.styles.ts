import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

export const useSummarySectionStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  targets: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 5.5em",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "center",
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  table: {
    borderCollapse: "collapse",
    maxWidth: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": { textAlign: "left", padding: "2px 6px" },
  },
  narrative: { height: "auto", maxHeight: "none" },
  // Fluent's inner textarea fills a fixed frame; let it take the rows it is given instead (all text visible).
  narrativeText: { height: "auto", maxHeight: "none", minHeight: 0 },
  advanced: {
    fontSize: tokens.fontSizeBase200,
    "& summary": { cursor: "pointer", color: tokens.colorBrandForeground1 },
  },
  /** Long option texts (decree names) must not push the select wider than a narrow task pane. */
  select: { minWidth: 0, maxWidth: "100%", "& select": { minWidth: 0, textOverflow: "ellipsis" } },
});
