import { makeStyles, tokens } from "@fluentui/react-components";

export const useCheckSectionStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  controls: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  summary: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  results: { scrollMarginTop: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground3 },
  live: { display: "flex", alignItems: "center", minHeight: "20px" },
});
