import type { Grid } from "../model/grid";
import { isHostError, type HostError } from "../model/hostError";
import type { ProbeOptions, SheetProbe, WorkbookHost, WorkbookProbe } from "../model/host";

/**
 * How much of each sheet start-up reads: an appendix fits in its first 400 rows and 60 columns; a roster of
 * 20,000 households does not, and is read whole only when the officer works on it (`readGrid` reads in parts).
 */
export const STARTUP_PROBE: ProbeOptions = { headRows: 400, headCols: 60 };

export type WorkbookRead = {
  readonly active: string;
  readonly sheets: readonly SheetProbe[];
  /** The grid of every sheet that could be read (the head of a long sheet, see `partial`). */
  readonly grids: ReadonlyMap<string, Grid>;
  /** Sheets read only in part (longer than the probe); read them with `readGrid` before working on them. */
  readonly partial: readonly string[];
  /** Sheets that could not be read, with the reason; the others are read anyway. */
  readonly failures: readonly { readonly sheet: string; readonly error: HostError }[];
};

/**
 * The pane's start-up over any WorkbookHost: one probe of all sheets in a constant number of batches (names,
 * visibility, used ranges, markers and each sheet's head), so a workbook with ten sheets and a 7 MB roster opens
 * as fast as one with a single sheet, under Excel's 5 MB / 5,000,000-cell limits.
 * @example const wb = await readWorkbook(host); wb.grids.get("Phụ lục")
 */
export async function readWorkbook(
  host: WorkbookHost,
  options: ProbeOptions = STARTUP_PROBE
): Promise<WorkbookRead> {
  const probe = host.probeWorkbook
    ? await host.probeWorkbook(options)
    : await probeSheetBySheet(host);
  const grids = new Map<string, Grid>();
  const partial: string[] = [];
  const failures: { sheet: string; error: HostError }[] = [];
  for (const s of probe.sheets) {
    if (s.error) failures.push({ sheet: s.name, error: s.error });
    if (!s.grid) continue;
    grids.set(s.name, s.generated === undefined ? s.grid : { ...s.grid, generated: s.generated });
    if (!s.complete) partial.push(s.name);
  }
  return { active: probe.active, sheets: probe.sheets, grids, partial, failures };
}

/** A host without a probe: each sheet read whole, one failing sheet reported and the rest read. */
async function probeSheetBySheet(host: WorkbookHost): Promise<WorkbookProbe> {
  const names = await host.listSheets();
  const active = await host.activeSheet();
  const sheets: SheetProbe[] = [];
  for (const name of names) {
    try {
      const grid = await host.readGrid(name);
      sheets.push({
        name,
        visible: true,
        used: null,
        ...(grid.generated !== undefined ? { generated: grid.generated } : {}),
        grid,
        complete: true,
        error: null,
      });
    } catch (e) {
      if (!isHostError(e)) throw e;
      sheets.push({ name, visible: true, used: null, grid: null, complete: false, error: e });
    }
  }
  return { active, sheets };
}
