import * as React from "react";
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { uiText } from "../../messages";
import type { NotInExcelProps } from "./NotInExcel.types";
import { useNotInExcelStyles } from "./useNotInExcelStyles.styles";

/** Shown when the task pane page is opened outside Excel (office.js reports no host): explain, link the web app. */
export function NotInExcel(props: NotInExcelProps): React.ReactElement {
  const { lang, webAppHref } = props;
  const styles = useNotInExcelStyles();
  return (
    <main className={styles.root}>
      <h1 className={styles.title}>{uiText(lang, "appTitle")}</h1>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{uiText(lang, "notInExcelTitle")}</MessageBarTitle>
          {uiText(lang, "notInExcelBody")}
        </MessageBarBody>
      </MessageBar>
      <Link href={webAppHref}>{uiText(lang, "openWebApp")}</Link>
    </main>
  );
}
