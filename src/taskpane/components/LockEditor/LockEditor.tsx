import * as React from "react";
import { Button, Input, Text } from "@fluentui/react-components";
import { LockClosedRegular } from "@fluentui/react-icons";
import { uiText } from "../../messages";
import type { LockEditorProps } from "./LockEditor.types";
import { useLockEditorStyles } from "./useLockEditorStyles.styles";

/** Under the allocation preview: fix some villages' cuts, then allocate the rest of the target again. */
export function LockEditor(props: LockEditorProps): React.ReactElement {
  const { lang, disabled, rows, locks } = props;
  const styles = useLockEditorStyles();
  return (
    <section className={styles.root} aria-labelledby="locks-heading">
      <h3 id="locks-heading" className={styles.heading}>
        {uiText(lang, "locksHeading")}
      </h3>
      <Text size={200}>{uiText(lang, "locksHint")}</Text>
      {rows.map((r) => (
        <div key={r.row} className={styles.row}>
          <Text className={styles.name} title={r.name}>
            {r.name}
          </Text>
          <Text className={styles.cut}>{r.cut}</Text>
          <Input
            className={styles.input}
            inputMode="numeric"
            aria-label={uiText(lang, "lockLabel", { name: r.name })}
            value={locks[r.row] ?? ""}
            disabled={disabled}
            onChange={(_, d) => props.onLockChange(r.row, d.value)}
          />
        </div>
      ))}
      <div>
        <Button icon={<LockClosedRegular />} disabled={disabled} onClick={props.onReallocate}>
          {uiText(lang, "reallocate")}
        </Button>
      </div>
    </section>
  );
}
