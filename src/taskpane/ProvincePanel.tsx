import * as React from "react";
import type { Lang, WorkbookHost } from "../core";
import { ProvinceSection } from "./components/ProvinceSection";
import { useProvince, type ProvinceActions } from "./hooks/useProvince";

export type ProvincePanelProps = {
  readonly host: WorkbookHost;
  readonly actions: ProvinceActions;
  readonly lang: Lang;
  readonly disabled: boolean;
};

/**
 * The province tab wired to the pane (useProvince → ProvinceSection), as one piece that lazySections.ts loads when
 * the tab is first opened: the consolidation engine and its words are not part of the pane's first load. The
 * tab's SectionPanel keeps it mounted afterwards, so the chosen files survive switching tabs.
 */
export function ProvincePanel(props: ProvincePanelProps): React.ReactElement {
  const { host, actions, lang, disabled } = props;
  const province = useProvince(host, actions, lang);
  return (
    <ProvinceSection
      lang={lang}
      disabled={disabled}
      state={province.state}
      onChooseFiles={(files) => void province.chooseFiles(files)}
      onChooseTargets={(file) => void province.chooseTargets(file)}
      onInsert={() => void province.requestInsert()}
      onConfirm={() => void province.confirm()}
      onCancel={province.cancel}
      onJump={(file) => void province.jumpTo(file)}
    />
  );
}
