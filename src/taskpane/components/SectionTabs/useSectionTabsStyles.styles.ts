import { makeStyles, tokens } from "@fluentui/react-components";

export const useSectionTabsStyles = makeStyles({
  // Overflow measures this box: it must not grow past the pane, and must not wrap.
  root: { minWidth: 0, overflow: "hidden", flexWrap: "nowrap" },
  // Tighter than Fluent's small tab so the four sections fit a 320 px pane; below that "…" takes the rest.
  tab: {
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    "& .fui-Tab__content": { paddingLeft: 0, paddingRight: 0 },
  },
});
