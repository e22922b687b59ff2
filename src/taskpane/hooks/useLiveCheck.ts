import * as React from "react";
import type { WorkbookHost } from "../../core";
import { LIVE_DELAY_MS, watchLive } from "./liveWatch";

export { LIVE_DELAY_MS };

export type LivePhase =
  | { readonly kind: "off" }
  /** Listening to the sheet; nothing waiting. */
  | { readonly kind: "watching"; readonly sheet: string }
  /** Changes arrived; the re-check runs once they stop for LIVE_DELAY_MS. */
  | { readonly kind: "pending"; readonly sheet: string; readonly cells: readonly string[] }
  /** The re-check is reading the sheet. */
  | { readonly kind: "checking"; readonly sheet: string };

type Event =
  | { readonly type: "watch"; readonly sheet: string | null }
  | { readonly type: "changed"; readonly address: string }
  | { readonly type: "checking" }
  | { readonly type: "done" };

function reduce(phase: LivePhase, e: Event): LivePhase {
  switch (e.type) {
    case "watch":
      return e.sheet === null ? { kind: "off" } : { kind: "watching", sheet: e.sheet };
    case "changed":
      if (phase.kind === "off") return phase;
      return {
        kind: "pending",
        sheet: phase.sheet,
        cells: phase.kind === "pending" ? [...new Set([...phase.cells, e.address])] : [e.address],
      };
    case "checking":
      return phase.kind === "pending" ? { kind: "checking", sheet: phase.sheet } : phase;
    case "done":
      return phase.kind === "checking" ? { kind: "watching", sheet: phase.sheet } : phase;
  }
}

/**
 * Re-check by itself while the officer edits `sheet` (null: not watching). Changes are debounced: a burst of
 * edits, however many cells, costs one call of `recheck` (which reads the sheet once). `recheck` answers false
 * when the pane is busy (a write is running): the burst is kept and tried again after the delay.
 */
export function useLiveCheck(
  host: WorkbookHost,
  sheet: string | null,
  recheck: (cells: readonly string[]) => Promise<boolean>,
  delayMs = LIVE_DELAY_MS
): LivePhase {
  const [phase, dispatch] = React.useReducer(reduce, { kind: "off" });
  const recheckRef = React.useRef(recheck);
  React.useEffect(() => {
    recheckRef.current = recheck;
  }, [recheck]);

  React.useEffect(() => {
    dispatch({ type: "watch", sheet });
    if (sheet === null) return undefined;
    return watchLive(
      host,
      sheet,
      {
        recheck: (cells) => recheckRef.current(cells),
        onChange: (address) => dispatch({ type: "changed", address }),
        onChecking: () => dispatch({ type: "checking" }),
        onDone: () => dispatch({ type: "done" }),
        onFailed: () => dispatch({ type: "watch", sheet: null }),
      },
      delayMs
    );
  }, [host, sheet, delayMs]);
  return phase;
}
