import { makeStyles, tokens } from "@fluentui/react-components";

export const useContactInfoStyles = makeStyles({
  root: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
});
