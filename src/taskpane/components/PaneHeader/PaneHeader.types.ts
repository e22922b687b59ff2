import type { Lang } from "../../../core";
import type { Notice } from "../../hooks/notice";

export type PaneHeaderProps = {
  readonly lang: Lang;
  readonly disabled: boolean;
  /** How many steps the host can undo, and the next one's words when this pane made it. */
  readonly undoDepth: number;
  readonly undoLabel: Notice | null;
  readonly onUndo: () => void;
  readonly onLangChange: (lang: Lang) => void;
  /** The section tabs, on the header's second line. */
  readonly children: React.ReactNode;
};
