import * as React from "react";
import { Button, Input, Text } from "@fluentui/react-components";
import { indicatorNames, tSummary } from "../../../core";
import { uiText } from "../../messages";
import { ConfirmInsert } from "./ConfirmInsert";
import type { SummaryCardProps } from "./SummarySection.types";
import { useSummarySectionStyles } from "./useSummarySectionStyles.styles";

/** The summary sheet's insert, then the deprivation sheet's: its per-indicator targets and its insert. */
export function SheetsCard(props: SummaryCardProps): React.ReactElement {
  const { s, lang, busy, ready } = props;
  const styles = useSummarySectionStyles();
  const t = (key: Parameters<typeof tSummary>[1], params?: Parameters<typeof tSummary>[2]) =>
    tSummary(lang, key, params);
  return (
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
  );
}
