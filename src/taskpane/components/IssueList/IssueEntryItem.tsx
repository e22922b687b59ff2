import * as React from "react";
import { Badge, Button, Text } from "@fluentui/react-components";
import { WrenchRegular } from "@fluentui/react-icons";
import { uiText } from "../../messages";
import { describeAdvice, describeEntry, describeFix } from "../../hooks/describeIssues";
import type { IssueEntryItemProps } from "./IssueList.types";
import { useIssueListStyles } from "./useIssueListStyles.styles";

/**
 * One cell's issues: activating it selects the cell; beside it the fix, named for what it writes, or one
 * sentence of advice; below it what this error caused elsewhere.
 */
export function IssueEntryItem(props: IssueEntryItemProps): React.ReactElement {
  const { lang, entry, data, disabled, onSelect, onFix } = props;
  const styles = useIssueListStyles();
  const issue = entry.issues[0];
  if (!issue) return <></>;
  const fix = describeFix(entry, data, lang);
  const advice = describeAdvice(entry, lang);
  return (
    <li className={styles.item}>
      <div className={styles.itemRow}>
        <button
          type="button"
          className={styles.issueButton}
          disabled={disabled}
          onClick={() => onSelect(issue)}
        >
          {/* The name reads "Chọn ô F9 Lỗi …" and holds all the visible text (WCAG 2.5.3). */}
          <span className={styles.meta}>
            <span className={styles.srOnly}>{`${uiText(lang, "goToCellPrefix")} `}</span>
            <span className={styles.cell}>{entry.cell}</span>
            <span className={styles.srOnly}> </span>
            <Badge
              className={styles.badge}
              appearance="filled"
              size="small"
              color={entry.severity === "error" ? "danger" : "warning"}
            >
              {uiText(lang, `severity_${entry.severity}`)}
            </Badge>
          </span>
          <span className={styles.srOnly}> </span>
          <span className={styles.message}>{describeEntry(entry, data, lang)}</span>
        </button>
        {fix && (
          <Button
            className={styles.fix}
            size="small"
            icon={<WrenchRegular />}
            disabled={disabled}
            aria-label={fix.label}
            onClick={() => onFix(issue)}
          >
            {fix.text}
          </Button>
        )}
      </div>
      {advice && (
        <Text size={200} className={styles.advice}>
          {advice}
        </Text>
      )}
      {entry.consequences.length > 0 && (
        <ul className={styles.consequences} aria-label={uiText(lang, "consequencesLabel")}>
          {entry.consequences.map((c) => (
            <IssueEntryItem key={c.cell} {...props} entry={c} />
          ))}
        </ul>
      )}
    </li>
  );
}
