import { makeStyles, tokens } from "@fluentui/react-components";

export const useStatusAreaStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  progress: { minHeight: "2px" },
  status: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    minHeight: tokens.lineHeightBase200,
  },
});
