import type { Lang } from "../../../core";
import type { ProvinceState } from "../../hooks/useProvince";

export type ProvinceSectionProps = {
  readonly lang: Lang;
  /** The pane is busy with another write: nothing may start here. */
  readonly disabled: boolean;
  readonly state: ProvinceState;
  readonly onChooseFiles: (files: readonly File[]) => void;
  readonly onChooseTargets: (file: File | undefined) => void;
  readonly onInsert: () => void;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** Select the commune's problem on the inserted "Tình trạng tệp" sheet. */
  readonly onJump: (file: string) => void;
};
