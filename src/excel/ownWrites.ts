import { rangeFromA1, rangeToA1 } from "../core";
import type { WriteCommand } from "./writeCommands";

/**
 * How long after a write settled Excel's echo of it is still taken for ours. Excel delivers change events
 * asynchronously, at times seconds late (office-js #521, #1502); a range whose echo never came (events can be
 * dropped, #1760) stops hiding the officer's edits of exactly that range after this.
 */
export const OWN_WRITE_GRACE_MS = 10_000;

type Expected = {
  /** `Worksheet.id` when the host knew it (a watched sheet), else null. */
  readonly worksheetId: string | null;
  /** Lower-case sheet name the write was queued under. */
  readonly sheet: string;
  readonly address: string;
  /** Null while the sync is pending; then the time after which the echo is no longer expected. */
  until: number | null;
  /** The watches that already heard this range's echo (each `onChanged` handler hears every event). */
  readonly heardBy: Set<object>;
};

/** A1 address without sheet name or `$`, in the core's canonical form ("E10", "C2:C3"). */
function canonical(address: string): string | null {
  const bare = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  try {
    return rangeToA1(rangeFromA1(bare));
  } catch {
    return null;
  }
}

/**
 * The ranges the add-in writes, to tell Excel's echo of its own writes from the officer's edits where change
 * events carry no `triggerSource` (below ExcelApi 1.14). Excel raises one `onChanged` per range written, with that
 * range's address (the fake models it; docs/excel-behaviours.md): each range written expects one echo, from the
 * moment its sync is sent until `OWN_WRITE_GRACE_MS` after it settled. An event is taken for an echo only when its
 * sheet and address are exactly a range still expected, and then that watch expects no more of it: an officer edit
 * of another cell — inside the written block too — or of the same range once its echo came, is heard.
 */
export class OwnWrites {
  private expected: Expected[] = [];

  constructor(
    /** Whether to track at all: only while events carry no `triggerSource`. */
    private readonly active: () => boolean,
    private readonly now: () => number = Date.now,
    private readonly graceMs: number = OWN_WRITE_GRACE_MS
  ) {}

  /**
   * Before a write sync: remember the ranges whose contents `commands` write (`ids`: sheet ids by lower-case name,
   * where known). Returns what to call once the sync settled: `applied` false when Excel applied nothing (a request
   * refused as too large), so no echo will come.
   */
  expect(
    commands: readonly WriteCommand[],
    ids: ReadonlyMap<string, string>
  ): (applied: boolean) => void {
    if (!this.active()) return () => undefined;
    this.forgetExpired();
    const added: Expected[] = [];
    const seen = new Set<string>();
    for (const c of commands) {
      if (c.kind !== "formulas") continue;
      const address = canonical(c.address);
      const sheet = c.sheet.toLowerCase();
      const key = `${sheet}!${address ?? ""}`;
      if (address === null || seen.has(key)) continue;
      seen.add(key);
      added.push({
        worksheetId: ids.get(sheet) ?? null,
        sheet,
        address,
        until: null,
        heardBy: new Set(),
      });
    }
    this.expected.push(...added);
    return (applied) => {
      if (!applied) {
        this.expected = this.expected.filter((e) => !added.includes(e));
        return;
      }
      const until = this.now() + this.graceMs;
      for (const e of added) e.until = until;
    };
  }

  /**
   * A change event without `triggerSource`, heard by `watch` on the sheet watched as `sheet` (id `worksheetId`):
   * true when it is the echo of a range the add-in wrote — `watch` then expects no more echoes of that range.
   */
  claim(watch: object, worksheetId: string, sheet: string, address: string): boolean {
    this.forgetExpired();
    const at = canonical(address);
    if (at === null) return false;
    const name = sheet.toLowerCase();
    const echo = this.expected.find(
      (e) =>
        e.address === at &&
        !e.heardBy.has(watch) &&
        (e.worksheetId !== null ? e.worksheetId === worksheetId : e.sheet === name)
    );
    echo?.heardBy.add(watch);
    return echo !== undefined;
  }

  private forgetExpired(): void {
    const now = this.now();
    this.expected = this.expected.filter((e) => e.until === null || e.until >= now);
  }
}
