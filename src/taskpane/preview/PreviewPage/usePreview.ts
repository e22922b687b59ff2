import * as React from "react";
import type { Grid } from "../../../core";
import type { XlsxHost } from "../../../xlsx/XlsxHost";
import { notice, noticeFromError, type Notice } from "../../hooks/notice";
import { ObservedHost } from "../ObservedHost";
import { downloadName } from "../downloadName";
import { fetchSample, loadXlsxHost } from "./loadXlsx";

export type PreviewState = {
  readonly host: ObservedHost | null;
  /** Changes with every opened file, so the pane starts afresh. */
  readonly session: number;
  readonly fileName: string;
  /** The workbook shown is the sample the page opens first, not the officer's file. */
  readonly sample: boolean;
  readonly sheets: readonly string[];
  readonly sheet: string | null;
  readonly grid: Grid | null;
  readonly selected: string | null;
  readonly highlighted: ReadonlySet<string>;
  /** Cells the last write (or the officer's edit) changed on the sheet shown. */
  readonly written: ReadonlySet<string>;
  /**
   * What is being opened (the page shows progress while ExcelJS loads and reads it): the sample the page opens
   * first, or a file the officer chose. Opening the officer's file does not wait for the sample: it replaces it.
   */
  readonly opening: { readonly name: string; readonly sample: boolean } | null;
  readonly error: Notice | null;
};

export type PreviewActions = {
  openFile(file: File): Promise<void>;
  download(): Promise<void>;
  showSheet(sheet: string): void;
  /** The officer typed `text` into `address` of the sheet shown (Enter in the grid). */
  editCell(address: string, text: string): Promise<void>;
  dismissError(): void;
};

const sampleName = (url: string): string =>
  decodeURIComponent(url.split("/").pop() ?? "") || "sample.xlsx";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A host error words itself (in both languages); anything else is shown under `key` with its own text. */
function failure(
  e: unknown,
  key: "fileOpenFailed" | "sampleLoadFailed" | "downloadFailed",
  name: string
): Notice {
  const n = noticeFromError(e);
  return "hostError" in n
    ? n
    : notice(key, { name, detail: e instanceof Error ? e.message : String(e) });
}

/**
 * The web app's state: the open .xlsx (through XlsxHost, loaded lazily), the sheet shown, the grid. The page is
 * usable before ExcelJS arrives: "Mở tệp" works at once (its file waits for ExcelJS, fetched in parallel), and the
 * last open asked for wins — the sample still loading is dropped when the officer opens a file.
 */
export function usePreview(sampleUrl: string): { state: PreviewState; actions: PreviewActions } {
  const [state, setState] = React.useState<PreviewState>({
    host: null,
    session: 0,
    fileName: "",
    sample: false,
    sheets: [],
    sheet: null,
    grid: null,
    selected: null,
    highlighted: new Set(),
    written: new Set(),
    opening: { name: sampleName(sampleUrl), sample: true },
    error: null,
  });
  // `patch` keeps this equal to the last state set, so actions read the newest state without re-creating.
  const live = React.useRef(state);
  const file = React.useRef<XlsxHost | null>(null);
  const patch = React.useCallback((p: Partial<PreviewState>) => {
    live.current = { ...live.current, ...p };
    setState(live.current);
  }, []);

  /** Re-read what the grid shows: sheet list, the sheet (following the selection), its cells. */
  const sync = React.useCallback(
    async (host: ObservedHost, preferred: string | null) => {
      const sheets = await host.listSheets();
      const sel = host.selectedCell();
      let sheet = preferred ?? sel?.sheet ?? null;
      if (sheet === null || !sheets.includes(sheet)) sheet = await host.activeSheet();
      const grid = sheet ? await host.readGrid(sheet) : null;
      patch({
        sheets,
        sheet,
        grid,
        selected: sel && sel.sheet === sheet ? sel.address : null,
        highlighted: sheet ? host.highlightedCells(sheet) : new Set(),
        written: sheet ? host.writtenCells(sheet) : new Set(),
      });
    },
    [patch]
  );

  /** Each open takes a number; only the latest one may change the page (an older one stops where it is). */
  const latest = React.useRef(0);
  const open = React.useCallback(
    async (read: () => Promise<ArrayBuffer>, name: string, sample: boolean) => {
      const id = ++latest.current;
      const current = () => id === latest.current;
      patch({ opening: { name, sample }, error: null });
      try {
        // ExcelJS and the file's bytes arrive in parallel.
        const [{ XlsxHost }, bytes] = await Promise.all([loadXlsxHost(), read()]);
        if (!current()) return;
        const xlsx = await XlsxHost.fromBuffer(bytes, name);
        if (!current()) return;
        file.current = xlsx;
        const host = new ObservedHost(xlsx);
        patch({ host, session: live.current.session + 1, fileName: name, sample, error: null });
        await sync(host, null);
      } catch (e) {
        if (current())
          patch({ error: failure(e, sample ? "sampleLoadFailed" : "fileOpenFailed", name) });
      } finally {
        if (current()) patch({ opening: null });
      }
    },
    [patch, sync]
  );

  React.useEffect(() => {
    const host = state.host;
    if (!host) return undefined;
    return host.subscribe(() => {
      const sel = host.selectedCell();
      // A sheet just inserted is shown; else follow the selection to its sheet; else stay on the sheet shown.
      const created = host.takeCreatedSheet();
      void sync(
        host,
        created ?? (sel && sel.sheet !== live.current.sheet ? sel.sheet : live.current.sheet)
      ).catch((e: unknown) => patch({ error: noticeFromError(e) }));
    });
  }, [state.host, sync, patch]);

  React.useEffect(() => {
    void open(() => fetchSample(sampleUrl), sampleName(sampleUrl), true);
  }, [sampleUrl, open]);

  const actions: PreviewActions = {
    openFile: (f) => open(() => f.arrayBuffer(), f.name, false),
    editCell: async (address, text) => {
      const { host, sheet } = live.current;
      const xlsx = file.current;
      if (!host || !xlsx || !sheet) return;
      try {
        await xlsx.editCell(sheet, address, text);
        host.cellEdited(sheet, address);
      } catch (e) {
        patch({ error: noticeFromError(e) });
      }
    },
    download: async () => {
      const xlsx = file.current;
      if (!xlsx) return;
      try {
        const bytes = await xlsx.toBuffer();
        const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_MIME }));
        const a = document.createElement("a");
        a.href = url;
        a.download = downloadName(live.current.fileName);
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      } catch (e) {
        patch({ error: failure(e, "downloadFailed", live.current.fileName) });
      }
    },
    showSheet: (sheet) => {
      const host = live.current.host;
      if (host) void sync(host, sheet).catch((e: unknown) => patch({ error: noticeFromError(e) }));
    },
    dismissError: () => patch({ error: null }),
  };
  return { state, actions };
}
