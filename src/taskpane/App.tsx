import * as React from "react";
import { Button, Switch, Tooltip } from "@fluentui/react-components";
import { ArrowUndoRegular } from "@fluentui/react-icons";
import { formatDetectFailure, formatIssue } from "../core";
import type { Lang } from "../core";
import { uiText } from "./messages";
import type { Issue } from "../core";
import type { AppProps, SectionId } from "./App.types";
import { LegacyEncodingBar } from "./components/LegacyEncodingBar";
import { SectionTabs } from "./components/SectionTabs";
import { noticeText } from "./hooks/notice";
import { StatusArea } from "./components/StatusArea";
import { TableSection } from "./components/TableSection";
import { LazyArea, TabPanel } from "./components/TabPanel";
import { CheckSection, ComputeSection, SelfTestArea, SummarySection } from "./lazySections";
import { useSelfTest } from "./hooks/useSelfTest";
import { useWorkbook } from "./hooks/useWorkbook";
import { useAppStyles } from "./useAppStyles.styles";

const SECTIONS: readonly {
  id: SectionId;
  key: "tabTable" | "tabCheck" | "tabCompute" | "tabSummary";
}[] = [
  { id: "table", key: "tabTable" },
  { id: "check", key: "tabCheck" },
  { id: "compute", key: "tabCompute" },
  { id: "summary", key: "tabSummary" },
];

/** The task pane: header with undo and language, status, and the four sections as tabs. */
export function App(props: AppProps): React.ReactElement {
  const { host } = props;
  const [lang, setLang] = React.useState<Lang>(props.initialLang ?? "vi");
  const [section, setSection] = React.useState<SectionId>("table");
  const { state, actions } = useWorkbook(host, lang);
  const selfTest = useSelfTest(host, lang, actions.setBusy);
  const styles = useAppStyles();
  const describe = React.useCallback((issue: Issue) => formatIssue(issue, lang), [lang]);
  const disabled = state.busy;
  // In the preview page the pane sits inside the page's own landmarks: no second <main>.
  const Body = props.embedded ? "div" : "main";
  React.useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <div className={styles.titleRow}>
          <div className={styles.titles}>
            <h1 className={styles.title}>{uiText(lang, "appTitle")}</h1>
            <span className={styles.subtitle}>{uiText(lang, "appSubtitle")}</span>
          </div>
          <div className={styles.toolbar}>
            <Tooltip
              content={
                state.undoDepth === 0
                  ? uiText(lang, "undoNothing")
                  : state.undoLabel
                    ? uiText(lang, "undoWhat", { what: noticeText(state.undoLabel, lang) })
                    : uiText(lang, "undoLabel", { n: state.undoDepth })
              }
              relationship="description"
            >
              <Button
                appearance="subtle"
                icon={<ArrowUndoRegular />}
                disabled={disabled || state.undoDepth === 0}
                onClick={() => void actions.undo()}
              >
                {uiText(lang, "undo")}
              </Button>
            </Tooltip>
            <Switch
              className={styles.langSwitch}
              label={uiText(lang, "langSwitch")}
              checked={lang === "en"}
              onChange={(_, d) => {
                const next: Lang = d.checked ? "en" : "vi";
                setLang(next);
                props.onLangChange?.(next);
              }}
            />
          </div>
        </div>
        <div className={styles.tabs}>
          <SectionTabs
            tabs={SECTIONS.map((s) => ({ id: s.id, label: uiText(lang, s.key) }))}
            selected={section}
            label={uiText(lang, "sections")}
            moreLabel={uiText(lang, "moreSections")}
            onSelect={(id) => setSection(id as SectionId)}
          />
        </div>
      </header>
      <div className={styles.status}>
        <StatusArea
          lang={lang}
          busy={state.busy}
          progress={state.progress}
          status={state.status}
          error={state.error}
          onDismissError={actions.dismissError}
        />
        <LegacyEncodingBar
          lang={lang}
          disabled={disabled}
          legacy={state.legacy}
          pending={state.pending}
          onConvert={actions.requestUnicode}
          onConfirm={() => void actions.confirmWrite()}
          onCancel={actions.cancelWrite}
        />
      </div>
      <Body className={styles.body} data-pane-body="">
        <TabPanel lang={lang} id="table" selected={section}>
          <TableSection
            lang={lang}
            disabled={disabled}
            loading={state.loading}
            tables={state.tables}
            tableIndex={state.tableIndex}
            layout={state.layout}
            unitCount={state.data?.units.length ?? 0}
            detectFailure={
              state.detectFailure
                ? formatDetectFailure(state.detectFailure.result, lang, state.detectFailure.sheet)
                : null
            }
            choices={state.choices}
            onSelectTable={actions.selectTable}
            onColumnChange={(role, col) => void actions.setColumn(role, col)}
            onRedetect={() => void actions.redetect()}
          />
        </TabPanel>
        <TabPanel lang={lang} id="check" selected={section}>
          <CheckSection
            lang={lang}
            disabled={disabled}
            data={state.data}
            issues={state.issues}
            target={state.target}
            targetInvalid={state.targetInvalid}
            nearPoorTarget={state.nearPoorTarget}
            nearPoorTargetInvalid={state.nearPoorTargetInvalid}
            onNearPoorTargetChange={actions.setNearPoorTarget}
            highlight={state.highlight}
            live={state.live}
            pending={state.pending}
            describe={describe}
            canFix={actions.canFix}
            onTargetChange={actions.setTarget}
            onRunCheck={() => void actions.runCheck()}
            onSelectIssue={(issue) => void actions.selectIssue(issue)}
            onFixIssue={actions.requestFixIssue}
            onFixAll={actions.requestFixAll}
            onHighlightChange={(on) => void actions.setHighlight(on)}
            onConfirm={() => void actions.confirmWrite()}
            onCancel={actions.cancelWrite}
          />
        </TabPanel>
        <TabPanel lang={lang} id="compute" selected={section}>
          <ComputeSection
            lang={lang}
            disabled={disabled}
            hasTable={state.data !== null}
            formulas={state.formulas}
            pending={state.pending}
            allocationError={state.allocationError}
            onFormulasChange={actions.setFormulas}
            onFillRates={actions.requestFillRates}
            data={state.data}
            onPreviewAllocation={actions.previewAllocation}
            onConfirm={() => void actions.confirmWrite()}
            onCancel={actions.cancelWrite}
          />
        </TabPanel>
        <TabPanel lang={lang} id="summary" selected={section}>
          <SummarySection
            actions={actions}
            data={state.data}
            grid={state.grid}
            lang={lang}
            busy={state.busy}
            onBusy={actions.setBusy}
            targets={{ poor: state.target, nearPoor: state.nearPoorTarget }}
          />
        </TabPanel>
        <LazyArea lang={lang}>
          <SelfTestArea
            lang={lang}
            disabled={disabled}
            running={selfTest.running}
            lines={selfTest.lines}
            copied={selfTest.copied}
            onRun={selfTest.run}
            onCopy={selfTest.copy}
          />
        </LazyArea>
      </Body>
    </div>
  );
}
