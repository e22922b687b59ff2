import { makeStyles, tokens } from "@fluentui/react-components";

export const usePreviewPageStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateRows: "auto 1fr",
    gridTemplateColumns: "minmax(0, 1fr) 380px",
    height: "100%",
    fontFamily: tokens.fontFamilyBase,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  topBar: {
    gridColumn: "1 / span 2",
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  file: { fontSize: tokens.fontSizeBase200, opacity: 0.9, overflowWrap: "anywhere" },
  spacer: { flexGrow: 1 },
  hiddenInput: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden" },
  workbook: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, margin: tokens.spacingHorizontalS, boxShadow: tokens.shadow4, backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, overflow: "hidden" },
  sheetTabs: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground2, overflowX: "auto", flexShrink: 0 },
  pane: { minHeight: 0, borderLeft: `1px solid ${tokens.colorNeutralStroke1}`, boxShadow: tokens.shadow8, overflow: "hidden" },
  message: { gridColumn: "1 / span 2", margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
});
