import * as React from "react";
import { Badge, Button } from "@fluentui/react-components";
import { WrenchRegular } from "@fluentui/react-icons";
import { uiText } from "../../messages";
import type { IssueGroup } from "../../hooks/groupIssues";
import type { IssueListProps } from "./IssueList.types";
import { useIssueListStyles } from "./useIssueListStyles.styles";

/** "Dòng 9 · Thôn 1 · Xã Hưng Thịnh (cũ)", "Dòng 6 · dòng cộng Xã Hưng Lợi (cũ)", "Dòng 14". */
function rowHeading(lang: IssueListProps["lang"], g: IssueGroup): string {
  if (g.subtotal && g.group !== null)
    return uiText(lang, "rowGroupSubtotal", { row: g.row, group: g.group });
  if (g.name === null) return uiText(lang, "rowGroup", { row: g.row });
  return g.group === null
    ? uiText(lang, "rowGroupUnit", { row: g.row, name: g.name })
    : uiText(lang, "rowGroupUnitInGroup", { row: g.row, name: g.name, group: g.group });
}

/** Issues grouped by row. Activating an issue selects its cell; "Sửa" appears where the engine offers a fix. */
export function IssueList(props: IssueListProps): React.ReactElement {
  const { lang, groups, items, disabled, onSelect, onFix } = props;
  const styles = useIssueListStyles();
  return (
    <ul className={styles.list} aria-label={uiText(lang, "issueListLabel")}>
      {groups.map((g) => {
        const headingId = `issue-row-${g.row}`;
        return (
          <li key={g.row} className={styles.group}>
            <h4 id={headingId} className={styles.groupHeading}>
              {rowHeading(lang, g)}
            </h4>
            <ul className={styles.items} aria-labelledby={headingId}>
              {g.items.map((index) => {
                const view = items[index];
                if (!view) return null;
                const { issue, message, fixable } = view;
                return (
                  // Keyed by what the issue is, not where it sits: a live re-check that removes one issue
                  // keeps the others' DOM (and the officer's focus) in place.
                  <li
                    key={`${issue.cell}-${issue.code}-${view.occurrence}`}
                    className={styles.item}
                  >
                    <button
                      type="button"
                      className={styles.issueButton}
                      disabled={disabled}
                      onClick={() => onSelect(issue)}
                    >
                      {/* The name reads "Chọn ô F9 Lỗi …" and holds all the visible text (WCAG 2.5.3). */}
                      <span className={styles.meta}>
                        <span
                          className={styles.srOnly}
                        >{`${uiText(lang, "goToCellPrefix")} `}</span>
                        <span className={styles.cell}>{issue.cell}</span>
                        <span className={styles.srOnly}> </span>
                        <Badge
                          className={styles.badge}
                          appearance="filled"
                          size="small"
                          color={issue.severity === "error" ? "danger" : "warning"}
                        >
                          {uiText(lang, `severity_${issue.severity}`)}
                        </Badge>
                      </span>
                      <span className={styles.srOnly}> </span>
                      <span className={styles.message}>{message}</span>
                    </button>
                    {fixable && (
                      <Button
                        className={styles.fix}
                        size="small"
                        icon={<WrenchRegular />}
                        disabled={disabled}
                        aria-label={uiText(lang, "fixOneLabel", { cell: issue.cell })}
                        onClick={() => onFix(issue)}
                      >
                        {uiText(lang, "fixOne")}
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
