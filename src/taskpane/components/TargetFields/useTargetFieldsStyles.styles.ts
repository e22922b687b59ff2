import { makeStyles, tokens } from "@fluentui/react-components";

export const useTargetFieldsStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});
