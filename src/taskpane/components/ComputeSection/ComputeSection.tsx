import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Switch,
  Text,
} from "@fluentui/react-components";
import { CalculatorRegular, EyeRegular } from "@fluentui/react-icons";
import { uiText } from "../../messages";
import { noticeText } from "../../hooks/notice";
import type { AllocationMethod } from "../../hooks/useWorkbook";
import { WritePreview } from "../WritePreview";
import { TargetFields } from "../TargetFields";
import { describeTargetText, hasNearPoorColumns } from "../../hooks/targets";
import type { ComputeSectionProps } from "./ComputeSection.types";
import { useComputeSection } from "./useComputeSection";
import { useComputeSectionStyles } from "./useComputeSectionStyles.styles";

/** "Tính toán": fill the rate columns (values or formulas) and allocate the commune target with a preview. */
export function ComputeSection(props: ComputeSectionProps): React.ReactElement {
  const { lang, disabled, hasTable, formulas, pending, allocationError } = props;
  const styles = useComputeSectionStyles();
  const form = useComputeSection();
  const blocked = disabled || !hasTable;
  const data = props.data ?? null;
  const showNearPoor = hasNearPoorColumns(data);
  const typed = props.target.trim() !== "" || (showNearPoor && props.nearPoorTarget.trim() !== "");
  const canPreview =
    typed &&
    props.targetProblem === null &&
    (!showNearPoor || props.nearPoorTargetProblem === null);
  return (
    <div className={styles.root}>
      <section className={styles.card} aria-labelledby="rates-heading">
        <h2 id="rates-heading" className={styles.heading}>
          {uiText(lang, "ratesHeading")}
        </h2>
        <Text size={200} className={styles.hint}>
          {uiText(lang, "ratesHint")}
        </Text>
        <details className={styles.options}>
          <summary className={styles.summary}>{uiText(lang, "optionsFold")}</summary>
          <Switch
            label={uiText(lang, "formulasSwitch")}
            checked={formulas}
            disabled={disabled}
            onChange={(_, d) => props.onFormulasChange(d.checked)}
          />
        </details>
        <div className={styles.actions}>
          <Button icon={<CalculatorRegular />} disabled={blocked} onClick={props.onFillRates}>
            {uiText(lang, "fillRates")}
          </Button>
        </div>
        {pending && pending.origin === "compute" && pending.action === "fillRates" && (
          <WritePreview
            lang={lang}
            pending={pending}
            disabled={disabled}
            onConfirm={props.onConfirm}
            onCancel={props.onCancel}
          />
        )}
      </section>
      <section className={styles.card} aria-labelledby="allocate-heading">
        <h2 id="allocate-heading" className={styles.heading}>
          {uiText(lang, "allocateHeading")}
        </h2>
        <form
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            if (canPreview) props.onPreviewAllocation(form.request);
          }}
        >
          <TargetFields
            lang={lang}
            disabled={blocked}
            poor={props.target}
            nearPoor={props.nearPoorTarget}
            showNearPoor={showNearPoor}
            poorMeans={describeTargetText(props.target, data, lang)}
            nearPoorMeans={describeTargetText(props.nearPoorTarget, data, lang)}
            poorProblem={props.targetProblem && noticeText(props.targetProblem, lang)}
            nearPoorProblem={
              props.nearPoorTargetProblem && noticeText(props.nearPoorTargetProblem, lang)
            }
            onPoorChange={props.onTargetChange}
            onNearPoorChange={props.onNearPoorTargetChange}
          />
          <details className={styles.options}>
            <summary className={styles.summary}>
              {uiText(lang, "methodFold", {
                method: uiText(
                  lang,
                  form.method === "proportional" ? "method_proportional" : "method_highestRate"
                ),
              })}
            </summary>
            <Field label={uiText(lang, "method")}>
              <RadioGroup
                value={form.method}
                disabled={blocked}
                onChange={(_, d) => form.setMethod(d.value as AllocationMethod)}
              >
                <Radio value="proportional" label={uiText(lang, "method_proportional")} />
                <Radio value="highest-rate" label={uiText(lang, "method_highestRate")} />
              </RadioGroup>
            </Field>
          </details>
          <div className={styles.actions}>
            <Button
              type="submit"
              appearance="primary"
              icon={<EyeRegular />}
              disabled={blocked || !canPreview}
            >
              {uiText(lang, "previewAllocation")}
            </Button>
          </div>
        </form>
        {allocationError && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{noticeText(allocationError, lang)}</MessageBarBody>
          </MessageBar>
        )}
        {pending && pending.action === "allocate" && (
          <WritePreview
            lang={lang}
            pending={pending}
            disabled={disabled}
            onConfirm={props.onConfirm}
            onCancel={props.onCancel}
            locks={{ values: form.locks, onChange: form.setLock }}
            onReallocate={() => props.onPreviewAllocation(form.request)}
          />
        )}
      </section>
    </div>
  );
}
