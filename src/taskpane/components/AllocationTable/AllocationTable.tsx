import * as React from "react";
import { Input, mergeClasses } from "@fluentui/react-components";
import { formatNumber, type Lang } from "../../../core";
import { uiText } from "../../messages";
import type { AllocationTableProps } from "./AllocationTable.types";
import { useAllocationTableStyles } from "./useAllocationTableStyles.styles";

function num(n: number | null, lang: Lang, decimals?: number): string {
  return n === null ? "–" : formatNumber(n, lang, decimals);
}

/**
 * The allocation preview: each village's current and new cut and its projected poverty rate, the total that must
 * equal the target, and (optionally) a last column where the officer fixes some villages' cuts.
 */
export function AllocationTable(props: AllocationTableProps): React.ReactElement {
  const { lang, disabled, allocation, locks } = props;
  const styles = useAllocationTableStyles();
  const numCell = mergeClasses(styles.td, styles.num, styles.figure);
  return (
    <table className={styles.table} aria-label={uiText(lang, "allocationPreviewLabel")}>
      <thead>
        <tr>
          <th scope="col" className={styles.th}>
            {uiText(lang, "colUnit")}
          </th>
          <th scope="col" className={mergeClasses(styles.th, styles.num)}>
            {uiText(lang, "colOldCut")}
          </th>
          <th scope="col" className={mergeClasses(styles.th, styles.num)}>
            {uiText(lang, "colNewCut")}
          </th>
          <th scope="col" className={mergeClasses(styles.th, styles.num)}>
            {uiText(lang, "colProjected")}
          </th>
          {locks && (
            <th scope="col" className={mergeClasses(styles.th, styles.num)}>
              {uiText(lang, "colLock")}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {allocation.rows.map((r) => (
          <tr key={r.row}>
            <th scope="row" className={`${styles.td} ${styles.name}`} title={r.name}>
              {r.name}
            </th>
            <td className={mergeClasses(numCell, styles.before)}>{num(r.oldCut, lang)}</td>
            <td className={mergeClasses(numCell, r.newCut !== r.oldCut && styles.changed)}>
              {num(r.newCut, lang)}
            </td>
            <td className={numCell}>{num(r.projectedRate, lang, 2)}</td>
            {locks && (
              <td className={numCell}>
                <Input
                  className={styles.lock}
                  size="small"
                  inputMode="numeric"
                  aria-label={uiText(lang, "lockLabel", { name: r.name })}
                  value={locks.values[r.row] ?? ""}
                  disabled={disabled}
                  onChange={(_, d) => locks.onChange(r.row, d.value)}
                />
              </td>
            )}
          </tr>
        ))}
        <tr className={styles.totals}>
          <th scope="row" className={`${styles.td} ${styles.name}`}>
            {uiText(lang, "totalRow")}
          </th>
          <td className={numCell}>{num(allocation.total.oldCut, lang)}</td>
          <td className={numCell}>{num(allocation.total.newCut, lang)}</td>
          <td className={numCell}>{num(allocation.total.projectedRate, lang, 2)}</td>
          {locks && <td className={styles.td} />}
        </tr>
      </tbody>
    </table>
  );
}
