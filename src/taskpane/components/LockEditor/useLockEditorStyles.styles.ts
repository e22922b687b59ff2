import { makeStyles, tokens } from "@fluentui/react-components";

export const useLockEditorStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 3rem 4.5rem",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  cut: { textAlign: "right" },
  input: { minWidth: 0, width: "100%" },
});
