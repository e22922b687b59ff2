import * as React from "react";
import type { Lang } from "../core";
import { uiText } from "./messages";
import type { AppProps, SectionId } from "./App.types";
import { PaneHeader } from "./components/PaneHeader";
import { SectionPanel, SectionTabs } from "./components/SectionTabs";
import { StatusArea } from "./components/StatusArea";
import { LoadBoundary } from "./components/LazyLoad";
import {
  CheckSection,
  ComputeSection,
  LegacyEncodingBar,
  ProvincePanel,
  SelfTestPanel,
  SummarySection,
  TableSection,
} from "./lazySections";
import { usableTargets } from "./hooks/targets";
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

/** The task pane: a compact header (undo, language, tabs), the status line, and the four sections as tabs. */
export function App(props: AppProps): React.ReactElement {
  const { host } = props;
  const [lang, setLang] = React.useState<Lang>(props.initialLang ?? "vi");
  const [section, setSection] = React.useState<SectionId>("table");
  const { state, actions } = useWorkbook(host, lang);
  const styles = useAppStyles();
  const disabled = state.busy;
  // In the preview page the pane sits inside the page's own landmarks: no second <main>.
  const Body = props.embedded ? "div" : "main";
  React.useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const decide = { onConfirm: () => void actions.confirmWrite(), onCancel: actions.cancelWrite };
  const shared = { lang, disabled };
  const targets = usableTargets(state.target, state.nearPoorTarget, state.data);

  return (
    <div className={styles.root}>
      <PaneHeader
        {...shared}
        undoDepth={state.undoDepth}
        undoLabel={state.undoLabel}
        onUndo={() => void actions.undo()}
        onLangChange={(next) => {
          setLang(next);
          props.onLangChange?.(next);
        }}
      >
        <SectionTabs
          tabs={SECTIONS.map((s) => ({ id: s.id, label: uiText(lang, s.key) }))}
          selected={section}
          label={uiText(lang, "sections")}
          moreLabel={uiText(lang, "moreSections")}
          onSelect={(id) => setSection(id as SectionId)}
        />
      </PaneHeader>
      <div className={styles.status} data-pane-status="">
        <StatusArea
          lang={lang}
          busy={state.busy}
          progress={state.progress}
          status={state.status}
          error={state.error}
          onDismissError={actions.dismissError}
        />
        {state.legacy !== null && (
          <LoadBoundary lang={lang}>
            <LegacyEncodingBar
              {...shared}
              {...decide}
              legacy={state.legacy}
              pending={state.pending}
              onConvert={actions.requestUnicode}
            />
          </LoadBoundary>
        )}
      </div>
      <Body className={styles.body} data-pane-body="">
        <SectionPanel lang={lang} id="table" selected={section}>
          <TableSection
            {...shared}
            loading={state.loading}
            tables={state.tables}
            tableIndex={state.tableIndex}
            layout={state.layout}
            unitCount={state.data?.units.length ?? 0}
            detectFailure={state.detectFailure}
            choices={state.choices}
            onSelectTable={actions.selectTable}
            onColumnChange={(role, col) => void actions.setColumn(role, col)}
            onRedetect={() => void actions.redetect()}
          />
        </SectionPanel>
        <SectionPanel lang={lang} id="check" selected={section}>
          <CheckSection
            {...shared}
            {...decide}
            data={state.data}
            issues={state.issues}
            target={targets.poor}
            nearPoorTarget={targets.nearPoor}
            highlight={state.highlight}
            live={state.live}
            pending={state.pending}
            formulas={state.formulas}
            onRunCheck={() => void actions.runCheck()}
            onSelectIssue={(issue) => void actions.selectIssue(issue)}
            onFixIssue={(issue) => void actions.fixIssue(issue)}
            onFixAll={actions.requestFixAll}
            onHighlightChange={(on) => void actions.setHighlight(on)}
          />
        </SectionPanel>
        <SectionPanel lang={lang} id="compute" selected={section}>
          <ComputeSection
            {...shared}
            {...decide}
            hasTable={state.data !== null}
            formulas={state.formulas}
            pending={state.pending}
            allocationError={state.allocationError}
            onFormulasChange={actions.setFormulas}
            onFillRates={actions.requestFillRates}
            data={state.data}
            onPreviewAllocation={actions.previewAllocation}
            target={state.target}
            nearPoorTarget={state.nearPoorTarget}
            targetProblem={state.targetProblem}
            nearPoorTargetProblem={state.nearPoorTargetProblem}
            onTargetChange={actions.setTarget}
            onNearPoorTargetChange={actions.setNearPoorTarget}
          />
        </SectionPanel>
        <SectionPanel lang={lang} id="summary" selected={section}>
          <SummarySection
            actions={actions}
            data={state.data}
            grid={state.grid}
            lang={lang}
            busy={state.busy}
            onBusy={actions.setBusy}
            targets={targets}
            tables={state.tables}
          />
        </SectionPanel>
        <LoadBoundary lang={lang}>
          <ProvincePanel {...shared} host={host} actions={actions} />
        </LoadBoundary>
        <LoadBoundary lang={lang}>
          <SelfTestPanel {...shared} host={host} onBusy={actions.setBusy} />
        </LoadBoundary>
      </Body>
    </div>
  );
}
