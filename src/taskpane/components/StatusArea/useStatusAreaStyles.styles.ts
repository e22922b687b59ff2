import { makeStyles, tokens } from "@fluentui/react-components";

export const useStatusAreaStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  progress: { minHeight: "2px", display: "flex", flexDirection: "column", rowGap: "2px" },
  working: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  status: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    minHeight: tokens.lineHeightBase200,
  },
});
