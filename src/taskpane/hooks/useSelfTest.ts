import * as React from "react";
import {
  formatSelfTest,
  runSelfTest,
  type Lang,
  type SelfTestReport,
  type WorkbookHost,
} from "../../core";

export type SelfTestState = {
  readonly running: boolean;
  readonly lines: readonly string[];
  readonly copied: boolean;
  run(): void;
  copy(): void;
};

/**
 * The pane's "Tự kiểm tra": runs the self-test over the host (a temporary sheet it removes) and keeps the report;
 * `onBusy` holds the rest of the pane while it runs.
 */
export function useSelfTest(
  host: WorkbookHost,
  lang: Lang,
  onBusy: (busy: boolean) => void
): SelfTestState {
  const [running, setRunning] = React.useState(false);
  const [report, setReport] = React.useState<SelfTestReport | null>(null);
  const [copied, setCopied] = React.useState(false);
  const lines = React.useMemo(() => (report ? formatSelfTest(report, lang) : []), [report, lang]);
  const run = React.useCallback(() => {
    setRunning(true);
    setCopied(false);
    onBusy(true);
    void runSelfTest(host, lang)
      .then(setReport)
      .finally(() => {
        setRunning(false);
        onBusy(false);
      });
  }, [host, lang, onBusy]);
  const copy = React.useCallback(() => {
    const text = lines.join("\n");
    // The clipboard may be refused inside Office's frame: the report stays selectable in the text box.
    void navigator.clipboard?.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false)
    );
  }, [lines]);
  return { running, lines, copied, run, copy };
}
