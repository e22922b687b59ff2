import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import { LockClosedRegular, SaveRegular } from "@fluentui/react-icons";
import { uiText } from "../../messages";
import { AllocationTable } from "../AllocationTable";
import type { WritePreviewProps } from "./WritePreview.types";
import { useWritePreviewStyles } from "./useWritePreviewStyles.styles";

/** Preview rows shown at most; the rest is summed up in one line. */
const MAX_ROWS = 60;

/** Focus `el` once it is enabled again (the pane disables its buttons while a write runs); give up after 3 s. */
function restoreFocus(el: HTMLElement, tries = 30): void {
  setTimeout(() => {
    if (!el.isConnected || document.activeElement === el) return;
    if ((el as HTMLButtonElement).disabled) {
      if (tries > 0) restoreFocus(el, tries - 1);
      return;
    }
    const active = document.activeElement;
    // Only take focus back if nobody else has claimed it meanwhile.
    if (active === null || active === document.body) el.focus();
  }, 100);
}

/**
 * What a write will change, shown before anything is written: the new cut per village for an allocation,
 * otherwise every cell with its current and new content. Focus moves to the heading when it appears.
 */
export function WritePreview(props: WritePreviewProps): React.ReactElement {
  const { lang, pending, disabled, onConfirm, onCancel } = props;
  const styles = useWritePreviewStyles();
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    // Move focus to the preview; when it closes, give focus back to what opened it (if still focusable).
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    headingRef.current?.focus();
    return () => {
      if (opener) restoreFocus(opener);
    };
  }, [pending]);
  const { preview, allocation } = pending;
  const headingId = `write-preview-${pending.action}`;
  const summary =
    preview.sheets.length === 1
      ? uiText(lang, "previewSummary", { cells: preview.cellCount, sheet: preview.sheets[0] })
      : uiText(lang, "previewSummaryMany", {
          cells: preview.cellCount,
          sheets: preview.sheets.length,
        });
  return (
    <section
      className={styles.root}
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        // Esc cancels the preview, as it closes a dialog in Office.
        if (e.key === "Escape" && !disabled) {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
        {allocation
          ? uiText(lang, "allocationPreviewHeading")
          : `${uiText(lang, "previewHeading")}: ${uiText(lang, `action_${pending.action}`)}`}
      </h3>
      <Text size={200}>{summary}</Text>
      {preview.textToNumber > 0 && (
        <Text size={200}>{uiText(lang, "previewTextToNumber", { n: preview.textToNumber })}</Text>
      )}
      {(preview.valuesInTable ?? 0) > 0 && (
        <Text size={200}>{uiText(lang, "previewValuesInTable", { n: preview.valuesInTable })}</Text>
      )}
      <div>
        {allocation ? (
          <AllocationTable
            lang={lang}
            disabled={disabled}
            allocation={allocation}
            {...(props.locks ? { locks: props.locks } : {})}
          />
        ) : (
          <table className={styles.table} aria-label={uiText(lang, "previewLabel")}>
            <thead>
              <tr>
                <th scope="col" className={styles.th}>
                  {uiText(lang, "colCell")}
                </th>
                <th scope="col" className={styles.th}>
                  {uiText(lang, "colBefore")}
                </th>
                <th scope="col" className={styles.th}>
                  {uiText(lang, "colAfter")}
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.cells.slice(0, MAX_ROWS).map((c) => (
                <tr key={`${c.sheet}!${c.cell}`}>
                  <th scope="row" className={`${styles.td} ${styles.rowHeader} ${styles.mono}`}>
                    {preview.sheets.length > 1 ? `${c.sheet}!${c.cell}` : c.cell}
                  </th>
                  <td className={`${styles.td} ${styles.before}`}>
                    {c.before === "" ? uiText(lang, "emptyCell") : c.before}
                  </td>
                  <td className={`${styles.td} ${styles.changed}`}>
                    {c.after}
                    {c.kind !== "value" && (
                      <span className={styles.kind}>{` (${uiText(lang, `kind_${c.kind}`)})`}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {!allocation && preview.cells.length > MAX_ROWS && (
        <Text size={200}>
          {uiText(lang, "previewMore", { n: preview.cells.length - MAX_ROWS })}
        </Text>
      )}
      {allocation && props.locks && (
        <div className={styles.actions}>
          <Text size={200} className={styles.hint}>
            {uiText(lang, "locksHint")}
          </Text>
          <Button icon={<LockClosedRegular />} disabled={disabled} onClick={props.onReallocate}>
            {uiText(lang, "reallocate")}
          </Button>
        </div>
      )}
      <div className={styles.actions}>
        <Text size={200} className={styles.hint}>
          {uiText(lang, "previewEscHint")}
        </Text>
        <Button appearance="secondary" disabled={disabled} onClick={onCancel}>
          {uiText(lang, "cancel")}
        </Button>
        <Button appearance="primary" icon={<SaveRegular />} disabled={disabled} onClick={onConfirm}>
          {uiText(lang, "writeToTable")}
        </Button>
      </div>
    </section>
  );
}
