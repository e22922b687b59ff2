import { translator, type Lang } from "../messages/define";
import { undoMessages } from "../messages/undo";
import type { CellAt, UndoResult } from "./types";

const t = translator(undoMessages);
/** Cells named in one sentence; the rest are counted. */
const LISTED = 8;

/**
 * What undo did, as sentences for the pane's status line and the CLI: what it restored, the cells it kept
 * ("Giữ nguyên 2 ô đã sửa sau khi ghi: F9, G11"), the sheets it deleted; never "done" when nothing was restored.
 * `what` names the action ("phân bổ chỉ tiêu (12 ô)"); the journal's action id when not given.
 */
export function formatUndoResult(result: UndoResult, lang: Lang, what?: string): string {
  if (result.status === "nothing") return t(lang, "nothing");
  if (result.status === "confirm") {
    return result.edited
      .map((s) => t(lang, "confirm", { sheet: s.sheet, cells: listCells(s.cells, lang) }))
      .join(" ");
  }
  const label = what ?? result.action;
  const lines: string[] = [];
  if (result.status === "refused")
    lines.push(
      t(lang, result.reason === "sheetGone" ? "refusedSheetGone" : "refusedAllKept", {
        what: label,
      })
    );
  else if (result.restored.length > 0)
    lines.push(t(lang, "restored", { what: label, count: result.restored.length }));
  else lines.push(t(lang, "restoredNoCells", { what: label }));
  if (result.deletedSheets.length > 0)
    lines.push(
      t(lang, "deleted", { sheets: result.deletedSheets.map((s) => `“${s}”`).join(", ") })
    );
  const oneSheet = new Set(result.kept.map((k) => k.sheet)).size <= 1;
  const edited = result.kept.filter((k) => k.reason === "edited");
  const lost = result.kept.filter((k) => k.reason === "lost");
  if (edited.length > 0)
    lines.push(
      t(lang, "keptEdited", { count: edited.length, cells: listAt(edited, oneSheet, lang) })
    );
  if (lost.length > 0)
    lines.push(t(lang, "keptLost", { count: lost.length, cells: listAt(lost, oneSheet, lang) }));
  const table = result.kept.filter((k) => k.reason === "table");
  if (table.length > 0)
    lines.push(t(lang, "keptTable", { count: table.length, cells: listAt(table, oneSheet, lang) }));
  if (result.partialWrite) lines.push(t(lang, "partialWrite"));
  return lines.join(" ");
}

function listAt(cells: readonly CellAt[], oneSheet: boolean, lang: Lang): string {
  return listCells(
    cells.map((c) => (oneSheet ? c.address : `${c.sheet}!${c.address}`)),
    lang
  );
}

function listCells(cells: readonly string[], lang: Lang): string {
  if (cells.length <= LISTED) return cells.join(", ");
  return t(lang, "more", {
    cells: cells.slice(0, LISTED).join(", "),
    count: cells.length - LISTED,
  });
}
