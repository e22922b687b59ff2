import * as React from "react";
import type { Lang, WorkbookHost } from "../core";
import { SelfTestArea } from "./components/SelfTestArea";
import { useSelfTest } from "./hooks/useSelfTest";

export type SelfTestPanelProps = {
  readonly host: WorkbookHost;
  readonly lang: Lang;
  readonly disabled: boolean;
  /** Holds the rest of the pane while the self-test runs. */
  readonly onBusy: (busy: boolean) => void;
};

/**
 * The self-test wired to the pane's host (useSelfTest → SelfTestArea), as one piece that lazySections.ts loads
 * apart: the self-test's scenarios and words are not part of the pane's first load.
 */
export function SelfTestPanel(props: SelfTestPanelProps): React.ReactElement {
  const { host, lang, disabled, onBusy } = props;
  const selfTest = useSelfTest(host, lang, onBusy);
  return (
    <SelfTestArea
      lang={lang}
      disabled={disabled}
      running={selfTest.running}
      lines={selfTest.lines}
      copied={selfTest.copied}
      onRun={selfTest.run}
      onCopy={selfTest.copy}
    />
  );
}
