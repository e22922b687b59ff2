import { makeStyles } from "@fluentui/react-components";

export const useSectionTabsStyles = makeStyles({
  // Overflow measures this box: it must not grow past the pane, and must not wrap.
  root: { minWidth: 0, overflow: "hidden", flexWrap: "nowrap" },
});
