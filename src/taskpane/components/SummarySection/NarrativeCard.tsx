import * as React from "react";
import { Button, Label, Textarea } from "@fluentui/react-components";
import { tSummary } from "../../../core";
import { uiText } from "../../messages";
import { noticeText } from "../../hooks/notice";
import { useFitToText } from "../../hooks/useFitToText";
import { PreviousYearFields } from "../PreviousYearFields";
import type { SummaryCardProps } from "./SummarySection.types";
import { useSummarySectionStyles } from "./useSummarySectionStyles.styles";

/** The plan's §2.1 paragraph: last year's figures to type or open, the box sized to its text, and Copy. */
export function NarrativeCard(props: Omit<SummaryCardProps, "ready">): React.ReactElement {
  const { s, lang, busy } = props;
  const styles = useSummarySectionStyles();
  const t = (key: Parameters<typeof tSummary>[1], params?: Parameters<typeof tSummary>[2]) =>
    tSummary(lang, key, params);
  const narrativeRef = useFitToText(s.narrative.join("\n"));
  const boxId = React.useId();
  return (
    <section className={styles.card} aria-labelledby="summary-narrative-heading">
      <h2 id="summary-narrative-heading" className={styles.heading}>
        {t("uiNarrativeHeading")}
      </h2>
      <PreviousYearFields
        lang={lang}
        disabled={busy}
        values={s.previous}
        invalid={s.previous.invalid}
        message={s.previous.notice ? noticeText(s.previous.notice, lang) : null}
        onChange={s.previous.setField}
        onOpenPreviousPlan={(file) => void s.previous.openPreviousPlan(file)}
      />
      {/* The box's own visible label, right above it: the section's heading, which names the box, is above the
          year fields and scrolls out of the pane while the box is in view (axe label-title-only). */}
      <Label htmlFor={boxId} id="summary-narrative-hint" size="small" weight="semibold">
        {uiText(lang, "narrativeBoxLabel")}
      </Label>
      <Textarea
        id={boxId}
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
  );
}

/** Rows the narrative box needs to show all its text at a task pane's width (about 34 characters a line). */
function narrativeRows(lines: readonly string[]): number {
  return Math.max(
    3,
    lines.reduce((n, l) => n + Math.max(1, Math.ceil(l.length / 34)), 0)
  );
}
