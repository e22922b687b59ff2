import * as React from "react";
import { Button, Field, Input, Text } from "@fluentui/react-components";
import { FolderOpenRegular } from "@fluentui/react-icons";
import { uiText, type UiKey } from "../../messages";
import type { PreviousYearField, PreviousYearFieldsProps } from "./PreviousYearFields.types";
import { usePreviousYearFieldsStyles } from "./usePreviousYearFieldsStyles.styles";

const FIELDS: readonly (readonly [PreviousYearField, UiKey])[] = [
  ["previousPoor", "previousPoor"],
  ["previousNearPoor", "previousNearPoor"],
  ["nearPoor", "nearPoorNow"],
];

/** Last year's poor and near-poor households (typed or from last year's plan) and this year's near-poor. */
export function PreviousYearFields(props: PreviousYearFieldsProps): React.ReactElement {
  const { lang, disabled } = props;
  const styles = usePreviousYearFieldsStyles();
  const fileInput = React.useRef<HTMLInputElement>(null);
  return (
    <section className={styles.root} aria-labelledby="previous-heading">
      <h3 id="previous-heading" className={styles.heading}>
        {uiText(lang, "previousHeading")}
      </h3>
      <Text size={200} className={styles.hint}>
        {uiText(lang, "previousHint")}
      </Text>
      <div>
        <Button
          icon={<FolderOpenRegular />}
          disabled={disabled}
          onClick={() => fileInput.current?.click()}
        >
          {uiText(lang, "openPreviousPlan")}
        </Button>
        <input
          ref={fileInput}
          className={styles.file}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={uiText(lang, "openPreviousPlan")}
          data-testid="previous-plan-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) props.onOpenPreviousPlan(file);
            e.currentTarget.value = "";
          }}
        />
      </div>
      {props.message && <Text role="status">{props.message}</Text>}
      {FIELDS.map(([field, label]) => (
        <Field
          key={field}
          label={uiText(lang, label)}
          validationState={props.invalid[field] ? "error" : "none"}
          validationMessage={props.invalid[field] ? uiText(lang, "countInvalid") : null}
        >
          <Input
            inputMode="numeric"
            value={props.values[field]}
            disabled={disabled}
            onChange={(_, d) => props.onChange(field, d.value)}
          />
        </Field>
      ))}
    </section>
  );
}
