/** What `Office.onReady` told the pane, or that it has not answered in time. */
export type OfficeReadiness = "excel" | "elsewhere" | "slow";

/**
 * Wait for office.js, but never forever: office.js can load and then wait on files of its own that a network
 * blocks (its CDN folder), and `Office.onReady` then never resolves. After `slowAfterMs` the pane is told "slow"
 * (it says so, with a retry); if Office answers later, `onChange` is called again with the real answer.
 */
export function waitForOffice(
  onReady: ((callback: (info: { host: unknown }) => void) => unknown) | undefined,
  isExcel: (host: unknown) => boolean,
  onChange: (readiness: OfficeReadiness) => void,
  slowAfterMs = 20_000,
  // Wrapped, not passed as methods: a browser's setTimeout called on another object throws "Illegal invocation".
  timers: {
    set(callback: () => void, ms: number): ReturnType<typeof setTimeout>;
    clear(id: ReturnType<typeof setTimeout>): void;
  } = {
    set: (callback, ms) => setTimeout(callback, ms),
    clear: (id) => clearTimeout(id),
  }
): void {
  if (typeof onReady !== "function") {
    onChange("elsewhere");
    return;
  }
  const slow = timers.set(() => onChange("slow"), slowAfterMs);
  onReady((info) => {
    timers.clear(slow);
    onChange(isExcel(info.host) ? "excel" : "elsewhere");
  });
}
