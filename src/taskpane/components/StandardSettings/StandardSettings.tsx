import * as React from "react";
import { Button, Field, Input, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { formatNumber, formatUnconfirmed, STANDARDS, standardName, tSummary } from "../../../core";
import { uiText } from "../../messages";
import type { StandardSettingsProps } from "./StandardSettings.types";
import { useStandardSettingsStyles } from "./useStandardSettingsStyles.styles";

/** "Nghị định 07/2021 (2022–2026)": short enough for the fold's heading. */
function shortName(lang: StandardSettingsProps["lang"], st: (typeof STANDARDS)[number]): string {
  const [number = "", year = ""] = /^ND(\d+)_(\d{4})$/.exec(st.id)?.slice(1) ?? [];
  const [from, to] = st.years.value;
  return uiText(lang, "standardOption", { decree: `${number}/${year}`, from, to });
}

/**
 * The poverty standard of the plan year, folded: settings with defaults the officer rarely changes. What is not
 * yet confirmed against the official texts (DOMAIN.md) is said once, in words for officers, inside the fold.
 */
export function StandardSettings(props: StandardSettingsProps): React.ReactElement {
  const { lang, busy, s } = props;
  const styles = useStandardSettingsStyles();
  const t = (key: Parameters<typeof tSummary>[1], params?: Parameters<typeof tSummary>[2]) =>
    tSummary(lang, key, params);
  const money = (n: number) => formatNumber(n, lang);
  const lines = s.standard.incomeLines.value;
  const avg = s.standard.averageLines.value;
  const current = STANDARDS.find((st) => st.id === s.standardId);
  return (
    <details className={styles.root}>
      <summary className={styles.summary}>
        <h2 className={styles.heading}>
          {uiText(lang, "standardFold", {
            year: s.year ?? "",
            standard: current ? shortName(lang, current) : "",
          })}
        </h2>
      </summary>
      <div className={styles.body}>
        <Field label={t("uiPlanYear")}>
          <Input
            type="number"
            min={s.yearRange[0]}
            max={s.yearRange[1]}
            value={s.year === null ? "" : String(s.year)}
            disabled={busy}
            onChange={(_, d) => s.setYear(d.value.trim() === "" ? null : Number(d.value))}
          />
        </Field>
        {/* A choice of two, each by its full name ("Nghị định 07/2021/NĐ-CP (áp dụng năm 2022–2026)"), wrapping
            at any pane width: a select can neither wrap its text nor shrink below its longest option. */}
        <Field label={t("uiStandard")}>
          <RadioGroup
            value={s.standardId}
            disabled={busy}
            onChange={(_, d) => s.setStandardId(d.value as typeof s.standardId)}
          >
            {STANDARDS.map((st) => (
              <Radio key={st.id} value={st.id} label={standardName(lang, st.id)} />
            ))}
          </RadioGroup>
        </Field>
        <Text size={200}>
          {t("incomeLine", { rural: money(lines.rural), urban: money(lines.urban) })}
        </Text>
        {avg && (
          <Text size={200}>
            {t("averageLine", { rural: money(avg.rural), urban: money(avg.urban) })}
          </Text>
        )}
        {s.unconfirmed.length > 0 && (
          <div>
            <Text size={200} weight="semibold">
              {uiText(lang, "unconfirmedNote")}
            </Text>
            <ul className={styles.list}>
              {s.unconfirmed.map((u) => (
                <li key={u.kind}>{formatUnconfirmed(u, lang)}</li>
              ))}
            </ul>
          </div>
        )}
        {!s.standard.averageLines.confirmed && (
          <div className={styles.actions}>
            <Field label={t("uiAverageRural")}>
              <Input
                inputMode="numeric"
                value={s.averageInput.rural}
                disabled={busy}
                onChange={(_, d) => s.setAverageInput({ ...s.averageInput, rural: d.value })}
              />
            </Field>
            <Field label={t("uiAverageUrban")}>
              <Input
                inputMode="numeric"
                value={s.averageInput.urban}
                disabled={busy}
                onChange={(_, d) => s.setAverageInput({ ...s.averageInput, urban: d.value })}
              />
            </Field>
            <Button disabled={busy} onClick={() => void s.saveAverage()}>
              {t("uiSaveSettings")}
            </Button>
          </div>
        )}
      </div>
    </details>
  );
}
