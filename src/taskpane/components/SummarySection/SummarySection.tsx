import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { renderTemplate, roleMessages, tSummary } from "../../../core";
import { useSummary } from "../../hooks/useSummary";
import { RateChart } from "../RateChart";
import { StandardSettings } from "../StandardSettings";
import { NarrativeCard } from "./NarrativeCard";
import { RosterCard } from "./RosterCard";
import { SheetsCard } from "./SheetsCard";
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

      <SheetsCard s={s} lang={lang} busy={busy} ready={ready} />
      <StandardSettings lang={lang} busy={busy} s={s} />
      <RosterCard s={s} lang={lang} busy={busy} ready={ready} />

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

      {ready && <NarrativeCard s={s} lang={lang} busy={busy} />}
    </div>
  );
}
