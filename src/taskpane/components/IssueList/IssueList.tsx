import * as React from "react";
import { Text } from "@fluentui/react-components";
import { uiText } from "../../messages";
import { describeGroup } from "../../hooks/describeIssues";
import { IssueEntryItem } from "./IssueEntryItem";
import type { IssueListProps } from "./IssueList.types";
import { useIssueListStyles } from "./useIssueListStyles.styles";

/**
 * Issues grouped by row, one item per cell (keyed by the cell, so a live re-check that removes one keeps the
 * others' DOM and the officer's focus in place); rates that only need recomputing come last, apart.
 */
export function IssueList(props: IssueListProps): React.ReactElement {
  const { lang, tree } = props;
  const styles = useIssueListStyles();
  const group = (
    key: string,
    heading: string,
    entries: IssueListProps["tree"]["recompute"],
    hint?: string
  ) => {
    const headingId = `issue-group-${key}`;
    return (
      <li key={key} className={styles.group}>
        <h3 id={headingId} className={styles.groupHeading}>
          {heading}
        </h3>
        {hint && (
          <Text size={200} className={styles.hint}>
            {hint}
          </Text>
        )}
        <ul className={styles.items} aria-labelledby={headingId}>
          {entries.map((e) => (
            <IssueEntryItem key={e.cell} {...props} entry={e} />
          ))}
        </ul>
      </li>
    );
  };
  return (
    <ul className={styles.list} aria-label={uiText(lang, "issueListLabel")}>
      {tree.groups.map((g) => group(`row-${g.row}`, describeGroup(g, lang), g.entries))}
      {tree.recompute.length > 0 &&
        group(
          "recompute",
          uiText(lang, "recomputeHeading"),
          tree.recompute,
          uiText(lang, "recomputeHint")
        )}
    </ul>
  );
}
