import * as React from "react";
import { mergeClasses } from "@fluentui/react-components";
import { uiText } from "../../messages";
import { buildGridModel, MAX_COLS, MAX_ROWS, type GridCell } from "./gridCells";
import type { GridViewProps } from "./GridView.types";
import { useGridViewStyles } from "./useGridViewStyles.styles";

type Editing = { readonly address: string; readonly text: string };

/** Where each arrow key moves the active cell, in rows and columns. */
const MOVES: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * The preview's view of one sheet as an ARIA grid that edits like Excel: arrows move the active cell; F2, a
 * double-click or typing starts editing; Enter commits (and moves down), Esc cancels, leaving the cell commits.
 * Merged cells span, the selected cell is outlined and scrolled into view, highlighted and just-written cells
 * are marked. Cell contents are React text (never HTML).
 */
export function GridView(props: GridViewProps): React.ReactElement {
  const { lang, grid, selected, highlighted, onEdit } = props;
  const written = props.written ?? EMPTY;
  const styles = useGridViewStyles();
  const model = React.useMemo(() => (grid ? buildGridModel(grid, lang) : null), [grid, lang]);
  const scroller = React.useRef<HTMLDivElement>(null);
  const [active, setActive] = React.useState<string | null>(null);
  const [editing, setEditingState] = React.useState<Editing | null>(null);
  // The edit as of now, for the blur that may follow Enter or Esc (which must not commit again).
  const editingRef = React.useRef<Editing | null>(null);
  const setEditing = (e: Editing | null) => {
    editingRef.current = e;
    setEditingState(e);
  };
  const cellsByAddress = React.useMemo(() => {
    const m = new Map<string, GridCell>();
    model?.rows.forEach((r) => r.cells.forEach((c) => m.set(c.address, c)));
    return m;
  }, [model]);
  const current = active !== null && cellsByAddress.has(active) ? active : (selected ?? null);
  const focusable = current ?? model?.rows[0]?.cells[0]?.address ?? null;

  React.useEffect(() => {
    if (!selected) return;
    const el = scroller.current?.querySelector(`[data-address="${selected}"]`);
    if (el && typeof (el as HTMLElement).scrollIntoView === "function") {
      (el as HTMLElement).scrollIntoView({ block: "nearest", inline: "nearest" });
    }
  }, [selected, model]);

  const focusCell = (address: string) => {
    setActive(address);
    requestAnimationFrame(() =>
      (
        scroller.current?.querySelector(`[data-address="${address}"]`) as HTMLElement | null
      )?.focus()
    );
  };

  /** The cell whose area covers (row, col) moved by (dr, dc), skipping cells covered by a merge. */
  const neighbour = (address: string, dr: number, dc: number): string | null => {
    const el = scroller.current?.querySelector(`[data-address="${address}"]`) as HTMLElement | null;
    const row = Number(el?.dataset.row);
    const col = Number(el?.dataset.col);
    if (!grid || !Number.isFinite(row) || !Number.isFinite(col)) return null;
    for (let step = 1; step <= Math.max(MAX_ROWS, MAX_COLS); step++) {
      const r = row + dr * step;
      const c = col + dc * step;
      const target = scroller.current?.querySelector(`[data-row="${r}"][data-col="${c}"]`);
      if (target) return (target as HTMLElement).dataset.address ?? null;
      if (r < grid.top || c < grid.left || r > grid.top + MAX_ROWS || c > grid.left + MAX_COLS)
        return null;
    }
    return null;
  };

  const commit = (e: Editing, move: boolean) => {
    setEditing(null);
    const before = cellsByAddress.get(e.address);
    if (onEdit && before && e.text !== editText(before)) onEdit(e.address, e.text);
    const next = move ? neighbour(e.address, 1, 0) : null;
    focusCell(next ?? e.address);
  };

  const onCellKeyDown = (ev: React.KeyboardEvent<HTMLElement>, c: GridCell) => {
    if (editing) return;
    const move = MOVES[ev.key];
    if (move) {
      ev.preventDefault();
      const next = neighbour(c.address, move[0], move[1]);
      if (next) focusCell(next);
      return;
    }
    if (!onEdit) return;
    if (ev.key === "F2" || ev.key === "Enter") {
      ev.preventDefault();
      setEditing({ address: c.address, text: editText(c) });
    } else if (ev.key === "Delete" || ev.key === "Backspace") {
      ev.preventDefault();
      if (editText(c) !== "") onEdit(c.address, "");
    } else if (ev.key.length === 1 && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
      ev.preventDefault();
      setEditing({ address: c.address, text: ev.key });
    }
  };

  if (!grid || !model) return <div className={styles.empty}>{uiText(lang, "noWorkbook")}</div>;
  if (model.rows.length === 0)
    return <div className={styles.empty}>{uiText(lang, "emptySheet")}</div>;
  return (
    <div ref={scroller} className={styles.scroller}>
      <table
        role="grid"
        className={styles.table}
        aria-label={uiText(lang, "gridLabel", { sheet: grid.sheet })}
        aria-readonly={onEdit ? undefined : true}
        aria-rowcount={model.rows.length + 1}
      >
        <thead>
          <tr role="row">
            <td className={styles.corner} role="gridcell" />
            {model.columns.map((c) => (
              <th key={c.col} role="columnheader" scope="col" className={styles.colHead}>
                {c.letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((r) => (
            <tr key={r.row} role="row">
              <th role="rowheader" scope="row" className={styles.rowHead}>
                {r.row}
              </th>
              {r.cells.map((c) => {
                const isSelected = c.address === selected;
                const isHighlighted = highlighted.has(c.address);
                const isWritten = written.has(c.address);
                const isEditing = editing?.address === c.address;
                return (
                  <td
                    key={c.address}
                    role="gridcell"
                    rowSpan={c.rowSpan > 1 ? c.rowSpan : undefined}
                    colSpan={c.colSpan > 1 ? c.colSpan : undefined}
                    data-address={c.address}
                    data-row={c.row}
                    data-col={c.col}
                    data-highlighted={isHighlighted ? "true" : undefined}
                    data-written={isWritten ? "true" : undefined}
                    aria-current={isSelected ? "true" : undefined}
                    aria-selected={c.address === current ? true : undefined}
                    tabIndex={c.address === focusable ? 0 : -1}
                    title={c.formula ? `${c.address}: ${c.formula}` : c.address}
                    className={mergeClasses(
                      styles.cell,
                      (c.rowSpan > 1 || c.colSpan > 1) && styles.merged,
                      c.numeric && styles.numeric,
                      isWritten && styles.written,
                      isHighlighted && styles.highlighted,
                      isSelected && styles.selected
                    )}
                    onFocus={() => setActive(c.address)}
                    onKeyDown={(ev) => onCellKeyDown(ev, c)}
                    onDoubleClick={() =>
                      onEdit && setEditing({ address: c.address, text: editText(c) })
                    }
                  >
                    {isEditing && editing ? (
                      <input
                        className={styles.editor}
                        aria-label={uiText(lang, "editCellLabel", { cell: c.address })}
                        value={editing.text}
                        autoFocus
                        onChange={(e) => setEditing({ address: c.address, text: e.target.value })}
                        onKeyDown={(e) => {
                          if (e.key === "Enter") {
                            e.preventDefault();
                            commit(editing, true);
                          } else if (e.key === "Escape") {
                            e.preventDefault();
                            e.stopPropagation();
                            setEditing(null);
                            focusCell(c.address);
                          }
                        }}
                        onBlur={() => {
                          const now = editingRef.current;
                          if (now && now.address === c.address) commit(now, false);
                        }}
                      />
                    ) : (
                      c.text
                    )}
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

const EMPTY: ReadonlySet<string> = new Set();

/** What the editor starts with: the formula if the cell has one, else the text as shown. */
function editText(c: GridCell): string {
  return c.formula ?? c.text;
}
