import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  Text,
  Tooltip,
} from "@fluentui/react-components";
import { PlayRegular, WrenchRegular } from "@fluentui/react-icons";
import { uiText } from "../../messages";
import { IssueList } from "../IssueList";
import { WritePreview } from "../WritePreview";
import { describeTargetText } from "../../hooks/targets";
import type { CheckSectionProps } from "./CheckSection.types";
import { useCheckSection, useResultsIntoView } from "./useCheckSection";
import { useCheckSectionStyles } from "./useCheckSectionStyles.styles";

/** "Kiểm tra": run the check (optionally against the commune target), list issues by row, fix them. */
export function CheckSection(props: CheckSectionProps): React.ReactElement {
  const { lang, disabled, data, issues, target, highlight, pending } = props;
  const styles = useCheckSectionStyles();
  const tree = useCheckSection(props);
  const [resultsRef, expectResults] = useResultsIntoView(issues);
  const noTable = data === null;
  const compared = (
    [
      ["targetComparedPoor", describeTargetText(target, data, lang)],
      ["targetComparedNearPoor", describeTargetText(props.nearPoorTarget ?? "", data, lang)],
    ] as const
  ).filter((c): c is readonly [(typeof c)[0], string] => c[1] !== null);
  return (
    <div className={styles.root}>
      <h2 className={styles.heading}>{uiText(lang, "checkHeading")}</h2>
      {compared.map(([key, means]) => (
        <Text key={key} size={200} className={styles.muted}>
          {uiText(lang, key, { target: means })}
        </Text>
      ))}
      <div className={styles.controls}>
        <Button
          appearance={issues === null ? "primary" : "secondary"}
          icon={<PlayRegular />}
          disabled={disabled || noTable}
          onClick={() => {
            expectResults();
            props.onRunCheck();
          }}
        >
          {uiText(lang, issues === null ? "runCheck" : "recheck")}
        </Button>
        <Tooltip content={uiText(lang, "fixAllHint")} relationship="description">
          <Button
            icon={<WrenchRegular />}
            disabled={disabled || noTable || issues === null || issues.length === 0}
            onClick={props.onFixAll}
          >
            {uiText(lang, "fixAll")}
          </Button>
        </Tooltip>
      </div>
      <Switch
        label={uiText(lang, "highlight")}
        checked={highlight}
        disabled={disabled || issues === null}
        onChange={(_, d) => props.onHighlightChange(d.checked)}
      />
      {props.live && props.live.kind !== "off" && (
        <div className={styles.live}>
          {props.live.kind === "watching" ? (
            <Text size={200} className={styles.muted}>
              {uiText(lang, "liveWatching")}
            </Text>
          ) : (
            <Spinner size="extra-tiny" label={uiText(lang, "livePending")} />
          )}
        </div>
      )}
      {pending && pending.origin === "check" && (
        <WritePreview
          lang={lang}
          pending={pending}
          disabled={disabled}
          onConfirm={props.onConfirm}
          onCancel={props.onCancel}
        />
      )}
      {issues === null ? (
        <Text className={styles.muted}>{uiText(lang, "checkNotRun")}</Text>
      ) : issues.length === 0 ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{uiText(lang, "noIssues")}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <div ref={resultsRef} className={styles.results}>
            <Text weight="semibold">{uiText(lang, "issueSummary", tree.counts)}</Text>
          </div>
          <IssueList
            lang={lang}
            tree={tree}
            data={data}
            disabled={disabled}
            onSelect={props.onSelectIssue}
            onFix={props.onFixIssue}
          />
        </>
      )}
    </div>
  );
}
