import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
} from "@fluentui/react-components";
import { formatNumber, tSummary } from "../../../core";
import { uiText } from "../../messages";
import type { SummaryCardProps } from "./SummarySection.types";
import { useSummarySectionStyles } from "./useSummarySectionStyles.styles";

/**
 * The optional household list: pick its sheet, classify it (with progress), read the counts it gives beside the
 * table's, and write them as one undoable step.
 */
export function RosterCard(props: SummaryCardProps): React.ReactElement {
  const { s, lang, busy, ready } = props;
  const styles = useSummarySectionStyles();
  const t = (key: Parameters<typeof tSummary>[1], params?: Parameters<typeof tSummary>[2]) =>
    tSummary(lang, key, params);
  const money = (n: number) => formatNumber(n, lang);
  return (
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
        <Button disabled={busy || !ready || s.rosterSheet === ""} onClick={() => void s.classify()}>
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
  );
}
