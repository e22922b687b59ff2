import type { Lang } from "../../../core";

export type LockRow = { readonly row: number; readonly name: string; readonly cut: number };

export type LockEditorProps = {
  readonly lang: Lang;
  readonly disabled: boolean;
  /** The previewed allocation, one line per village. */
  readonly rows: readonly LockRow[];
  /** Typed locks by row ("" or missing: not locked). */
  readonly locks: Readonly<Record<number, string>>;
  readonly onLockChange: (row: number, text: string) => void;
  /** Allocate again keeping the locked villages' cuts. */
  readonly onReallocate: () => void;
};
