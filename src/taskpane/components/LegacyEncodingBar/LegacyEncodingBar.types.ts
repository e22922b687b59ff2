import type { Lang, LegacyEncoding } from "../../../core";
import type { PendingWrite } from "../../hooks/useWorkbook";

export type LegacyEncodingBarProps = {
  readonly lang: Lang;
  readonly disabled: boolean;
  /** The workbook's legacy text; the bar renders nothing without it. */
  readonly legacy: { readonly encoding: LegacyEncoding; readonly cells: number } | null;
  /** The Unicode conversion waiting for confirmation, if the officer asked for it. */
  readonly pending: PendingWrite | null;
  readonly onConvert: () => void;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
};
