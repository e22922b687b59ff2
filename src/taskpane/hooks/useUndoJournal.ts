import * as React from "react";
import type { UndoResult, WorkbookHost } from "../../core";
import type { Notice } from "./notice";
import type { UndoView } from "./workbookReducer";

export type UndoJournal = {
  /**
   * Remember the words of a step just written (it is now the host's newest undo step); `everySheet` when it
   * changed every sheet (the Unicode conversion).
   */
  record(label: Notice, everySheet?: boolean): void;
  /** Whether an undo may change every sheet (a Unicode conversion was written): re-read them all after it. */
  touchesEverySheet(): boolean;
  /** Where the host's undo stack stands, with the next step's words when this pane made it. */
  view(): UndoView;
  /**
   * The pane's one call of host.undo(): undo the newest step, comparing before restoring. A generated sheet the
   * officer typed into: the first call answers "confirm" (nothing changed), the next one deletes it.
   */
  undo(): Promise<UndoResult>;
};

/** Labels of the undo steps this pane made, oldest first, kept in step with host.undoDepth(). */
export function useUndoJournal(host: WorkbookHost): UndoJournal {
  const labels = React.useRef<Notice[]>([]);
  const everySheet = React.useRef(false);
  const asked = React.useRef(false);
  return React.useMemo<UndoJournal>(() => {
    const view = (): UndoView => {
      const depth = host.undoDepth();
      const kept = labels.current;
      // Steps made before this pane (or lost): forget labels beyond what the host can still undo.
      if (kept.length > depth) kept.splice(0, kept.length - depth);
      return {
        undoDepth: depth,
        undoLabel: kept.length === depth && depth > 0 ? (kept[depth - 1] ?? null) : null,
      };
    };
    return {
      record: (label, all = false) => {
        labels.current.push(label);
        if (all) everySheet.current = true;
      },
      touchesEverySheet: () => everySheet.current,
      view,
      undo: async () => {
        const result = await host.undo({ confirm: asked.current });
        asked.current = result.status === "confirm";
        if (result.status !== "confirm" && result.status !== "nothing") labels.current.pop();
        return result;
      },
    };
  }, [host]);
}
