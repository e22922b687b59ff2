import type { Lang } from "../../../core";
import type { PendingWrite } from "../../hooks/useWorkbook";

/** The villages' cuts the officer fixes before allocating again: typed text by row, and where it goes. */
export type AllocationLocks = {
  readonly values: Readonly<Record<number, string>>;
  readonly onChange: (row: number, text: string) => void;
};

export type AllocationTableProps = {
  readonly lang: Lang;
  readonly disabled: boolean;
  readonly allocation: NonNullable<PendingWrite["allocation"]>;
  /** When given, a last column to fix a village's cut (then "Phân bổ lại"). */
  readonly locks?: AllocationLocks;
};
