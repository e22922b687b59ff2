import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import { uiText } from "../../messages";
import type { TargetFieldsProps } from "./TargetFields.types";
import { useTargetFieldsStyles } from "./useTargetFieldsStyles.styles";

/**
 * The commune's targets, entered once for the check, the allocation and the narrative: poor households and,
 * when the table counts them, near-poor households; each as households or a rate, refused as it is typed.
 */
export function TargetFields(props: TargetFieldsProps): React.ReactElement {
  const { lang, disabled } = props;
  const styles = useTargetFieldsStyles();
  const field = (
    kind: "poor" | "nearPoor",
    value: string,
    means: string | null,
    problem: string | null,
    onChange: (text: string) => void
  ) => (
    <Field
      label={uiText(lang, kind === "poor" ? "targetPoorLabel" : "targetNearPoorLabel")}
      hint={problem ? null : (means ?? uiText(lang, "targetFormatHint"))}
      validationState={problem ? "error" : "none"}
      validationMessage={problem}
    >
      {/* Field gives the input its id and label; an id of our own would unlink the label (axe label-title-only). */}
      <Input value={value} disabled={disabled} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
  return (
    <div className={styles.root}>
      {field("poor", props.poor, props.poorMeans, props.poorProblem, props.onPoorChange)}
      {props.showNearPoor &&
        field(
          "nearPoor",
          props.nearPoor,
          props.nearPoorMeans,
          props.nearPoorProblem,
          props.onNearPoorChange
        )}
    </div>
  );
}
