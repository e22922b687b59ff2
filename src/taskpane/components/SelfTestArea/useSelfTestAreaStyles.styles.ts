import { makeStyles, tokens } from "@fluentui/react-components";

export const useSelfTestAreaStyles = makeStyles({
  root: { marginTop: tokens.spacingVerticalL },
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  howToHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  howTo: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
  },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  report: {
    width: "100%",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
});
