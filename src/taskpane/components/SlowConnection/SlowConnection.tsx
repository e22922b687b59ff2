import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { uiText } from "../../messages";
import type { SlowConnectionProps } from "./SlowConnection.types";
import { useSlowConnectionStyles } from "./useSlowConnectionStyles.styles";

/** Office has not answered for a while: say so (never an endless spinner) and offer to try again. */
export function SlowConnection(props: SlowConnectionProps): React.ReactElement {
  const { lang, onRetry } = props;
  const styles = useSlowConnectionStyles();
  return (
    <main className={styles.root}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{uiText(lang, "slowConnectionTitle")}</MessageBarTitle>
          {uiText(lang, "slowConnectionBody")}
        </MessageBarBody>
      </MessageBar>
      <Button appearance="secondary" onClick={onRetry}>
        {uiText(lang, "slowConnectionRetry")}
      </Button>
    </main>
  );
}
