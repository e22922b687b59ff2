import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import { uiText } from "../../messages";
import type { TargetFieldsProps } from "./TargetFields.types";
import { useTargetFieldsStyles } from "./useTargetFieldsStyles.styles";

/** The commune's poor and near-poor targets, each as households or a rate, with what it stands for. */
export function TargetFields(props: TargetFieldsProps): React.ReactElement {
  const { lang, disabled } = props;
  const styles = useTargetFieldsStyles();
  const field = (
    kind: "poor" | "nearPoor",
    value: string,
    means: string | null,
    invalid: boolean,
    onChange: (text: string) => void
  ) => (
    <Field
      label={uiText(lang, kind === "poor" ? "targetPoorLabel" : "targetNearPoorLabel")}
      hint={means ?? uiText(lang, "targetFormatHint")}
      validationState={invalid ? "error" : "none"}
      validationMessage={invalid ? uiText(lang, "targetInvalid") : null}
    >
      <Input
        id={`${props.idPrefix}-${kind}`}
        value={value}
        disabled={disabled}
        onChange={(_, d) => onChange(d.value)}
      />
    </Field>
  );
  return (
    <div className={styles.root}>
      {field("poor", props.poor, props.poorMeans, props.poorInvalid, props.onPoorChange)}
      {field(
        "nearPoor",
        props.nearPoor,
        props.nearPoorMeans,
        props.nearPoorInvalid,
        props.onNearPoorChange
      )}
    </div>
  );
}
