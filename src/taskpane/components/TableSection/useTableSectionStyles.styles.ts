import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

export const useTableSectionStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  headingRow: {
    display: "flex",
    flexWrap: "wrap",
    rowGap: tokens.spacingVerticalXS,
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
    fontSize: tokens.fontSizeBase300,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  badge: { whiteSpace: "normal", height: "auto", minHeight: "20px", textAlign: "left" },
  groups: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  confidence: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  mapping: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  dropdown: { minWidth: "0", width: "100%" },
  // Column options on one line each; the full header is the option's title.
  option: { minWidth: 0, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
});
