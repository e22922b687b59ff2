import * as React from "react";
import { mergeClasses } from "@fluentui/react-components";
import { uiText } from "../../messages";
import { buildGridModel, MAX_COLS, MAX_ROWS } from "./gridCells";
import type { GridViewProps } from "./GridView.types";
import { useGridViewStyles } from "./useGridViewStyles.styles";

/**
 * The preview's read-only view of one sheet: merged cells span, the selected cell is outlined and scrolled into
 * view, highlighted cells are filled. Cell contents are React text (never HTML).
 */
export function GridView(props: GridViewProps): React.ReactElement {
  const { lang, grid, selected, highlighted } = props;
  const styles = useGridViewStyles();
  const model = React.useMemo(() => (grid ? buildGridModel(grid, lang) : null), [grid, lang]);
  const scroller = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (!selected) return;
    const el = scroller.current?.querySelector(`[data-address="${selected}"]`);
    if (el && typeof (el as HTMLElement).scrollIntoView === "function") {
      (el as HTMLElement).scrollIntoView({ block: "nearest", inline: "nearest" });
    }
  }, [selected, model]);
  if (!grid || !model) return <div className={styles.empty}>{uiText(lang, "noWorkbook")}</div>;
  if (model.rows.length === 0)
    return <div className={styles.empty}>{uiText(lang, "emptySheet")}</div>;
  return (
    <div ref={scroller} className={styles.scroller}>
      <table className={styles.table} aria-label={uiText(lang, "gridLabel", { sheet: grid.sheet })}>
        <thead>
          <tr>
            <th className={styles.corner} aria-hidden="true" />
            {model.columns.map((c) => (
              <th key={c.col} scope="col" className={styles.colHead}>
                {c.letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((r) => (
            <tr key={r.row}>
              <th scope="row" className={styles.rowHead}>
                {r.row}
              </th>
              {r.cells.map((c) => {
                const isSelected = c.address === selected;
                const isHighlighted = highlighted.has(c.address);
                return (
                  <td
                    key={c.address}
                    rowSpan={c.rowSpan > 1 ? c.rowSpan : undefined}
                    colSpan={c.colSpan > 1 ? c.colSpan : undefined}
                    data-address={c.address}
                    data-highlighted={isHighlighted ? "true" : undefined}
                    aria-current={isSelected ? "true" : undefined}
                    title={c.formula ? `${c.address}: ${c.formula}` : c.address}
                    className={mergeClasses(
                      styles.cell,
                      (c.rowSpan > 1 || c.colSpan > 1) && styles.merged,
                      c.numeric && styles.numeric,
                      isHighlighted && styles.highlighted,
                      isSelected && styles.selected
                    )}
                  >
                    {c.text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {model.truncated && (
        <div className={styles.note}>
          {uiText(lang, "gridTruncated", { rows: MAX_ROWS, cols: MAX_COLS })}
        </div>
      )}
    </div>
  );
}
