import { makeStyles, tokens } from "@fluentui/react-components";

export const usePaneHeaderStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM} 0`,
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  toolbar: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
  },
  langSwitch: { marginRight: `calc(-1 * ${tokens.spacingHorizontalS})` },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, minWidth: 0 },
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});
