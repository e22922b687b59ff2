import * as React from "react";
import { Button, Switch } from "@fluentui/react-components";
import { ArrowUndoRegular } from "@fluentui/react-icons";
import { uiText } from "../../messages";
import { DeferredTooltip } from "../LazyLoad";
import { noticeText } from "../../hooks/notice";
import type { PaneHeaderProps } from "./PaneHeader.types";
import { usePaneHeaderStyles } from "./usePaneHeaderStyles.styles";

/**
 * The pane's compact header: Excel already shows the add-in's name above the pane, so the title is only for
 * screen readers; one line holds undo and the language, the next the section tabs.
 */
export function PaneHeader(props: PaneHeaderProps): React.ReactElement {
  const { lang, undoDepth, undoLabel } = props;
  const styles = usePaneHeaderStyles();
  return (
    <header className={styles.root}>
      <h1 className={styles.srOnly}>{uiText(lang, "appTitle")}</h1>
      <div className={styles.toolbar}>
        <DeferredTooltip
          content={
            undoDepth === 0
              ? uiText(lang, "undoNothing")
              : undoLabel
                ? uiText(lang, "undoWhat", { what: noticeText(undoLabel, lang) })
                : uiText(lang, "undoLabel", { n: undoDepth })
          }
          relationship="description"
        >
          <Button
            appearance="subtle"
            size="small"
            icon={<ArrowUndoRegular />}
            disabled={props.disabled || undoDepth === 0}
            onClick={props.onUndo}
          >
            {uiText(lang, "undo")}
          </Button>
        </DeferredTooltip>
        <Switch
          className={styles.langSwitch}
          label={uiText(lang, "langSwitch")}
          checked={lang === "en"}
          onChange={(_, d) => props.onLangChange(d.checked ? "en" : "vi")}
        />
      </div>
      <div className={styles.tabs}>{props.children}</div>
    </header>
  );
}
