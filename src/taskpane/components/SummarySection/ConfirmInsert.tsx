import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { uiText } from "../../messages";
import type { SummaryCardProps } from "./SummarySection.types";

/** "The workbook already has sheet X. Insert another named Y?" with Insert another / Cancel. */
export function ConfirmInsert(props: Omit<SummaryCardProps, "ready">): React.ReactElement | null {
  const { s, lang, busy } = props;
  if (!s.confirm) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {uiText(lang, "summaryExists", { sheet: s.confirm.sheet, next: s.confirm.next })}
      </MessageBarBody>
      <MessageBarActions>
        <Button disabled={busy} onClick={() => void s.confirmInsert()}>
          {uiText(lang, "summaryInsertAnother")}
        </Button>
        <Button appearance="subtle" disabled={busy} onClick={s.cancelInsert}>
          {uiText(lang, "cancel")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
