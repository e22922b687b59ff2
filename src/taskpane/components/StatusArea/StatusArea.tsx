import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { uiText } from "../../messages";
import { noticeText } from "../../hooks/notice";
import type { StatusAreaProps } from "./StatusArea.types";
import { useStatusAreaStyles } from "./useStatusAreaStyles.styles";

/**
 * The progress bar for long work, the error bar (host errors in the pane's language, never swallowed) and a
 * polite live region that tells screen-reader users what just happened.
 */
export function StatusArea(props: StatusAreaProps): React.ReactElement {
  const { lang, busy, progress, status, error } = props;
  const styles = useStatusAreaStyles();
  return (
    <div className={styles.root}>
      <div className={styles.progress}>
        {/* The bar and its words, without a Fluent Field: the first screen's script carries no form field. */}
        {busy && (
          <>
            <ProgressBar
              thickness="medium"
              {...(progress === undefined ? {} : { value: progress })}
              aria-label={uiText(lang, "working")}
            />
            <span className={styles.working}>{uiText(lang, "working")}</span>
          </>
        )}
      </div>
      {error && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{uiText(lang, "errorTitle")}</MessageBarTitle>
            {noticeText(error, lang)}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                icon={<DismissRegular />}
                aria-label={uiText(lang, "dismiss")}
                onClick={props.onDismissError}
              />
            }
          />
        </MessageBar>
      )}
      <div role="status" aria-live="polite" className={styles.status}>
        {status ? noticeText(status, lang) : ""}
      </div>
    </div>
  );
}
