import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Tab,
  TabList,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, DismissRegular, FolderOpenRegular } from "@fluentui/react-icons";
import type { Lang } from "../../../core";
import { uiText } from "../../messages";
import { App } from "../../App";
import { noticeText } from "../../hooks/notice";
import { GridView } from "../GridView";
import { downloadName } from "../downloadName";
import type { PreviewPageProps } from "./PreviewPage.types";
import { usePreview } from "./usePreview";
import { usePreviewPageStyles } from "./usePreviewPageStyles.styles";

/**
 * The web app (dist/index.html): the task pane beside a grid of an .xlsx file opened through the xlsx host, for
 * officers whose Excel cannot run the add-in. No Excel needed; the file never leaves the officer's machine.
 */
export function PreviewPage(props: PreviewPageProps): React.ReactElement {
  const [lang, setLang] = React.useState<Lang>(props.initialLang ?? "vi");
  const { state, actions } = usePreview(props.sampleUrl);
  const styles = usePreviewPageStyles();
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <div className={styles.root}>
      <header className={styles.topBar}>
        <h1 className={styles.title}>{uiText(lang, "webAppTitle")}</h1>
        {state.fileName !== "" && (
          <span className={styles.file}>
            {uiText(lang, state.sample ? "sampleFile" : "currentFile", { name: state.fileName })}
          </span>
        )}
        <span className={styles.spacer} />
        <input
          ref={input}
          id="open-xlsx"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className={styles.hiddenInput}
          aria-label={uiText(lang, "openFile")}
          tabIndex={-1}
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (f) void actions.openFile(f);
          }}
        />
        {/* Usable while the sample still loads: the officer's file replaces it. */}
        <Button
          icon={<FolderOpenRegular />}
          disabled={state.opening !== null && !state.opening.sample}
          onClick={() => input.current?.click()}
        >
          {uiText(lang, "openFile")}
        </Button>
        {/* A native title, not a Fluent Tooltip: a tooltip left open after the click would cover the pane. */}
        <Button
          icon={<ArrowDownloadRegular />}
          disabled={!state.host || state.opening !== null}
          title={uiText(lang, "downloadHint", { name: downloadName(state.fileName) })}
          onClick={() => void actions.download()}
        >
          {uiText(lang, "download")}
        </Button>
      </header>
      <div className={styles.message}>
        {state.opening !== null && state.host && (
          <div>
            <ProgressBar
              thickness="medium"
              aria-label={uiText(lang, "openingNamed", { name: state.opening.name })}
            />
            <span role="status" className={styles.openingText}>
              {uiText(lang, "openingNamed", { name: state.opening.name })}
            </span>
          </div>
        )}
        {state.error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{noticeText(state.error, lang)}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  icon={<DismissRegular />}
                  aria-label={uiText(lang, "dismiss")}
                  onClick={actions.dismissError}
                />
              }
            />
          </MessageBar>
        )}
      </div>
      {/* The page's main landmark is the workbook; the pane is its complementary <aside>. */}
      <main
        className={styles.workbook}
        aria-label={state.sheet ? uiText(lang, "gridLabel", { sheet: state.sheet }) : undefined}
      >
        {state.opening !== null && !state.host ? (
          <Spinner label={uiText(lang, "openingNamed", { name: state.opening.name })} />
        ) : (
          <GridView
            lang={lang}
            grid={state.grid}
            selected={state.selected}
            highlighted={state.highlighted}
            written={state.written}
            onEdit={(address, text) => void actions.editCell(address, text)}
          />
        )}
        {state.sheets.length > 0 && (
          <TabList
            className={styles.sheetTabs}
            size="small"
            selectedValue={state.sheet ?? ""}
            aria-label={uiText(lang, "sheetTabs")}
            onTabSelect={(_, d) => actions.showSheet(String(d.value))}
          >
            {state.sheets.map((s) => (
              <Tab key={s} value={s}>
                {s}
              </Tab>
            ))}
          </TabList>
        )}
      </main>
      <aside className={styles.pane} aria-label={uiText(lang, "appTitle")}>
        {state.host && (
          <App
            key={state.session}
            host={state.host}
            embedded
            initialLang={lang}
            onLangChange={setLang}
          />
        )}
      </aside>
    </div>
  );
}
