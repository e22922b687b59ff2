import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { roleMessages } from "../../../core";
import { renderTemplate } from "../../../core";
import { formatNumber } from "../../../core";
import { indicatorNames, tSummary } from "../../../core";
import { uiText } from "../../messages";
import { noticeText } from "../../hooks/notice";
import { useFitToText } from "../../hooks/useFitToText";
import { useSummary } from "../../hooks/useSummary";
import { RateChart } from "../RateChart";
import { PreviousYearFields } from "../PreviousYearFields";
import { StandardSettings } from "../StandardSettings";
import type { SummarySectionProps } from "./SummarySection.types";
import { useSummarySectionStyles } from "./useSummarySectionStyles.styles";

/**
 * The pane's "Tổng hợp" tab: the poverty standard of the plan year (with what is unconfirmed), the summary and
 * deprivation sheets (with per-indicator targets), the optional household list, the chart and the narrative.
 * Every write goes through host.apply, so each is one undo step.
 */
export function SummarySection(props: SummarySectionProps): React.ReactElement {
  const { lang, busy, data } = props;
  const s = useSummary(props);
  const styles = useSummarySectionStyles();
  const t = (key: Parameters<typeof tSummary>[1], params?: Parameters<typeof tSummary>[2]) =>
    tSummary(lang, key, params);
  const ready = data !== null && s.figures?.ok === true;
  const money = (n: number) => formatNumber(n, lang);
  const narrativeRef = useFitToText(s.narrative.join("\n"));

  return (
    <div className={styles.root} aria-busy={busy}>
      {data === null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("uiNoTable")}</MessageBarBody>
        </MessageBar>
      )}
      {s.missingColumns.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("uiMissingColumns", {
              columns: s.missingColumns
                .map((role) => renderTemplate(roleMessages[lang][role]))
                .join(", "),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {s.figures && !s.figures.ok && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("uiUnreadable", { count: s.figures.issues.length })}</MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.card} aria-labelledby="summary-sheets-heading">
        <h2 id="summary-sheets-heading" className={styles.heading}>
          {t("uiSheetsHeading")}
        </h2>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={busy || !ready}
            onClick={() => void s.insertSummary()}
          >
            {t("uiInsertSummary")}
          </Button>
        </div>
        {s.confirm?.kind === "summary" && <ConfirmInsert s={s} lang={lang} busy={busy} />}
        <h3 className={styles.heading}>{t("uiTargetsHeading")}</h3>
        <Text size={200} className={styles.hint}>
          {t("uiTargetsHint")}
        </Text>
        <div className={styles.targets}>
          {s.standard.indicators.map((ind, i) => {
            // Only a name not confirmed is flagged here; unconfirmed thresholds are said once below.
            const mark = ind.nameConfirmed ? "" : " (*)";
            const label = `${i + 1}. ${indicatorNames[lang][ind.id]}${mark}`;
            const invalid = s.targetInvalid(ind.id);
            return (
              <React.Fragment key={ind.id}>
                <label htmlFor={`target-${ind.id}`}>{label}</label>
                <Input
                  id={`target-${ind.id}`}
                  inputMode="decimal"
                  aria-invalid={invalid}
                  title={invalid ? t("uiTargetInvalid") : undefined}
                  value={s.targets[ind.id] ?? ""}
                  disabled={busy}
                  onChange={(_, d) => s.setTarget(ind.id, d.value)}
                />
              </React.Fragment>
            );
          })}
        </div>
        {s.standard.indicators.some((i) => !i.nameConfirmed) && (
          <Text size={200} className={styles.hint}>
            {t("deprivationUnconfirmed")}
          </Text>
        )}
        {s.standard.indicators.every((i) => i.nameConfirmed) &&
          s.standard.indicators.some((i) => !i.conditionConfirmed) && (
            <Text size={200} className={styles.hint}>
              {uiText(lang, "indicatorsNote")}
            </Text>
          )}
        {s.roster?.kind === "done" && <Text size={200}>{t("uiUseRosterCounts")}</Text>}
        <div className={styles.actions}>
          <Button appearance="subtle" disabled={busy} onClick={s.presetTargets}>
            {t("uiPresetTargets")}
          </Button>
          <Button appearance="subtle" disabled={busy} onClick={s.clearTargets}>
            {t("uiClearTargets")}
          </Button>
          <Button
            appearance="primary"
            disabled={busy || !ready}
            onClick={() => void s.insertDeprivation()}
          >
            {t("uiInsertDeprivation")}
          </Button>
        </div>
        {s.confirm?.kind === "deprivation" && <ConfirmInsert s={s} lang={lang} busy={busy} />}
      </section>
      <StandardSettings lang={lang} busy={busy} s={s} />

      <section className={styles.card} aria-labelledby="summary-roster-heading">
        <h2 id="summary-roster-heading" className={styles.heading}>
          {t("uiRosterHeading")}
        </h2>
        <Field label={t("uiRosterSheet")}>
          <Select
            className={styles.select}
            value={s.rosterSheet}
            disabled={busy}
            onChange={(_, d) => s.setRosterSheet(d.value)}
          >
            <option value="">{t("uiRosterNone")}</option>
            {s.rosterSheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.actions}>
          <Button
            disabled={busy || !ready || s.rosterSheet === ""}
            onClick={() => void s.classify()}
          >
            {t("uiClassify")}
          </Button>
        </div>
        {s.progress && (
          <Field
            validationMessage={t("uiClassifying", {
              done: s.progress.done,
              total: s.progress.total,
            })}
            validationState="none"
          >
            <ProgressBar value={s.progress.total > 0 ? s.progress.done / s.progress.total : 1} />
          </Field>
        )}
        {s.roster?.kind === "failed" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{s.roster.message(lang)}</MessageBarBody>
          </MessageBar>
        )}
        {s.roster?.kind === "done" && (
          <>
            <Text>
              {t("uiRosterResult", {
                households: money(s.roster.summary.total.households),
                poor: money(s.roster.summary.total.poor),
                nearPoor: money(s.roster.summary.total.nearPoor),
                average: money(s.roster.summary.total.average),
                notPoor: money(s.roster.summary.total.notPoor),
              })}
            </Text>
            <details className={styles.advanced}>
              <summary>{uiText(lang, "afSummary")}</summary>
              <Text size={200} block>
                {t("afLine", {
                  k: s.roster.summary.alkireFoster.k,
                  h: formatNumber(s.roster.summary.alkireFoster.headcount * 100, lang, 2),
                  a: formatNumber(s.roster.summary.alkireFoster.intensity * 100, lang, 2),
                  m0: formatNumber(s.roster.summary.alkireFoster.m0, lang, 3),
                })}
              </Text>
              <Text size={200} block className={styles.hint}>
                {uiText(lang, "afExplain", { k: s.roster.summary.alkireFoster.k })}
              </Text>
            </details>
            {s.roster.problems.length > 0 && (
              <Text size={200}>
                {t("uiRosterProblems", {
                  count: s.roster.problems.length,
                  first: s.roster.problemText(lang)[0] ?? "",
                })}
              </Text>
            )}
            {s.roster.match.unmatched.length > 0 && (
              <Text size={200}>
                {t("rosterUnmatched", { names: s.roster.match.unmatched.join(", ") })}
              </Text>
            )}
            {s.roster.match.missing.length > 0 && (
              <Text size={200}>
                {t("uiRosterMissingUnits", { names: s.roster.match.missing.join(", ") })}
              </Text>
            )}
            {s.roster.changes.length > 0 && (
              <table className={styles.table} aria-label={t("uiCountsPreview")}>
                <thead>
                  <tr>
                    <th scope="col">{t("colCell")}</th>
                    <th scope="col">{t("colUnitShort")}</th>
                    <th scope="col">{t("colFrom")}</th>
                    <th scope="col">{t("colTo")}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.roster.changes.map((c) => (
                    <tr key={c.cell}>
                      <td>{c.cell}</td>
                      <td>{c.unit}</td>
                      <td>
                        {c.from === null ? "" : typeof c.from === "number" ? money(c.from) : c.from}
                      </td>
                      <td>{money(c.to)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <div className={styles.actions}>
              <Button
                disabled={busy || s.roster.changes.length === 0}
                onClick={() => void s.writeCounts()}
              >
                {t("uiWriteCounts")}
              </Button>
            </div>
          </>
        )}
      </section>

      {ready && (
        <section className={styles.card} aria-labelledby="summary-chart-heading">
          <h2 id="summary-chart-heading" className={styles.heading}>
            {t("uiChartHeading")}
          </h2>
          <RateChart
            points={s.chartPoints}
            lang={lang}
            title={t("chartTitle")}
            startLabel={t("seriesStart")}
            projectedLabel={t("seriesProjected")}
          />
        </section>
      )}

      {ready && (
        <section className={styles.card} aria-labelledby="summary-narrative-heading">
          <h2 id="summary-narrative-heading" className={styles.heading}>
            {t("uiNarrativeHeading")}
          </h2>
          <PreviousYearFields
            lang={lang}
            disabled={props.busy}
            values={s.previous}
            invalid={s.previous.invalid}
            message={s.previous.notice ? noticeText(s.previous.notice, lang) : null}
            onChange={s.previous.setField}
            onOpenPreviousPlan={(file) => void s.previous.openPreviousPlan(file)}
          />
          {/* The box's own visible label, right above it (the section's heading is above the year fields). */}
          <Text id="summary-narrative-hint" size={200} weight="semibold">
            {uiText(lang, "narrativeBoxLabel")}
          </Text>
          <Textarea
            className={styles.narrative}
            textarea={{
              className: styles.narrativeText,
              rows: narrativeRows(s.narrative),
              ref: narrativeRef,
            }}
            readOnly
            aria-labelledby="summary-narrative-heading"
            aria-describedby="summary-narrative-hint"
            value={s.narrative.join("\n")}
            resize="vertical"
          />
          <div className={styles.actions}>
            <Button appearance="secondary" onClick={() => void s.copyNarrative()}>
              {t("uiCopy")}
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}

/** Rows the narrative box needs to show all its text at a task pane's width (about 34 characters a line). */
function narrativeRows(lines: readonly string[]): number {
  return Math.max(
    3,
    lines.reduce((n, l) => n + Math.max(1, Math.ceil(l.length / 34)), 0)
  );
}

/** "The workbook already has sheet X. Insert another named Y?" with Insert another / Cancel. */
function ConfirmInsert(props: {
  s: ReturnType<typeof useSummary>;
  lang: SummarySectionProps["lang"];
  busy: boolean;
}): React.ReactElement | null {
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
