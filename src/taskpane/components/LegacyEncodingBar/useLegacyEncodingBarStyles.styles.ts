import { makeStyles, tokens } from "@fluentui/react-components";

export const useLegacyEncodingBarStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  body: { whiteSpace: "normal" },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});
