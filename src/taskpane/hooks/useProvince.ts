import * as React from "react";
import {
  buildConsolidationPlan,
  consolidate,
  findCommuneName,
  readTargets,
  toA1,
} from "../../core";
import type {
  AssignedTarget,
  CommuneReading,
  Consolidation,
  ConsolidationPlan,
  Grid,
  Lang,
  WorkbookHost,
} from "../../core";
import { provinceText } from "../messages/province";
import type { Notice } from "./notice";
import { previewPlan } from "./planPreview";
import type { PendingWrite, WorkbookActions } from "./useWorkbook";

/** What the province area may do to the open workbook: list its sheets and apply a plan as one labelled undo step. */
export type ProvinceActions = Pick<WorkbookActions, "listSheets" | "applyPlan" | "reportError">;

/** A chosen file: waiting, being read, or read (its reading). */
export type ProvinceFile = {
  readonly name: string;
  readonly reading: CommuneReading | null;
  readonly active: boolean;
};

export type ProvinceState = {
  readonly files: readonly ProvinceFile[];
  /** While reading: how many are done and the file being read. */
  readonly progress: {
    readonly done: number;
    readonly total: number;
    readonly file: string;
  } | null;
  readonly consolidation: Consolidation | null;
  readonly targets: { readonly file: string; readonly list: readonly AssignedTarget[] } | null;
  /** The insert waiting for the officer's confirmation (shown by WritePreview). */
  readonly pending: PendingWrite | null;
  /** The sheets inserted, to jump to a commune's row. */
  readonly inserted: ConsolidationPlan | null;
  readonly notice: Notice | null;
};

const INITIAL: ProvinceState = {
  files: [],
  progress: null,
  consolidation: null,
  targets: null,
  pending: null,
  inserted: null,
  notice: null,
};

/** Let the browser paint (the progress bar, the file list) between two files. */
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** ExcelJS and the file reader load only when the officer chooses files (an async chunk, as in the preview). */
const loadReader = () => import(/* webpackChunkName: "xlsx-host" */ "../../xlsx/readCommuneFile");

async function readGrids(file: File): Promise<Grid[]> {
  const { XlsxHost } = await import(/* webpackChunkName: "xlsx-host" */ "../../xlsx/XlsxHost");
  const host = await XlsxHost.fromBuffer(new Uint8Array(await file.arrayBuffer()), file.name);
  const grids: Grid[] = [];
  for (const sheet of await host.listSheets()) grids.push(await host.readGrid(sheet));
  return grids;
}

const say = (
  key: Parameters<typeof provinceText>[1],
  params?: Record<string, string | number>
): Notice => ({
  render: (lang: Lang) => provinceText(lang, key, params),
});

/** A chosen file the browser could not read (moved or removed since it was chosen): listed, with the reason. */
function unreadableFile(file: string, e: unknown): CommuneReading {
  const { name, source } = findCommuneName([], file);
  const detail = e instanceof Error ? e.message : String(e);
  return {
    file,
    readable: false,
    name,
    nameSource: source,
    problem: { kind: "host", code: "FILE_UNREADABLE", params: { file, detail } },
  };
}

/**
 * "Tổng hợp nhiều xã" (folded below the tabs): read the chosen commune files one after the other in this page (a progress bar
 * names the file being read; the page stays responsive between files), consolidate them (with the province's
 * targets when given), preview the two sheets, insert them as one undo step, and jump to a commune's problem.
 */
export function useProvince(host: WorkbookHost, actions: ProvinceActions, lang: Lang) {
  const [state, setState] = React.useState<ProvinceState>(INITIAL);
  const readings = React.useRef<CommuneReading[]>([]);
  /** The plan being previewed, with the rows of its sheets (kept for jumping once it is inserted). */
  const pendingBuilt = React.useRef<ConsolidationPlan | null>(null);
  const patch = (p: Partial<ProvinceState>) => setState((s) => ({ ...s, ...p }));

  const chooseFiles = React.useCallback(async (chosen: readonly File[]) => {
    if (chosen.length === 0) return;
    readings.current = [];
    setState((s) => ({
      ...INITIAL,
      targets: s.targets,
      files: chosen.map((f) => ({ name: f.name, reading: null, active: false })),
    }));
    const { readCommuneFile } = await loadReader();
    for (let i = 0; i < chosen.length; i++) {
      const file = chosen[i] as File;
      setState((s) => ({
        ...s,
        progress: { done: i, total: chosen.length, file: file.name },
        files: s.files.map((f, j) => (j === i ? { ...f, active: true } : f)),
      }));
      await nextFrame();
      const reading = await file.arrayBuffer().then(
        (bytes) => readCommuneFile(new Uint8Array(bytes), file.name),
        (e: unknown) => unreadableFile(file.name, e)
      );
      readings.current.push(reading);
      setState((s) => ({
        ...s,
        files: s.files.map((f, j) => (j === i ? { ...f, reading, active: false } : f)),
      }));
    }
    setState((s) => ({
      ...s,
      progress: null,
      consolidation: consolidate(readings.current, s.targets?.list ?? []),
    }));
  }, []);

  const chooseTargets = React.useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      try {
        const read = readTargets(await readGrids(file));
        if (read === null || read.targets.length === 0) {
          patch({ targets: null, notice: say("targetsNone", { file: file.name }) });
          return;
        }
        setState((s) => ({
          ...s,
          targets: { file: file.name, list: read.targets },
          consolidation:
            s.progress === null && s.files.length > 0
              ? consolidate(readings.current, read.targets)
              : s.consolidation,
          notice: say("targetsLoaded", { count: read.targets.length, file: file.name }),
        }));
      } catch (e) {
        actions.reportError(e);
      }
    },
    [actions]
  );

  const requestInsert = React.useCallback(async () => {
    const c = state.consolidation;
    if (!c) return;
    try {
      const built = buildConsolidationPlan(c, { lang, existingSheets: await actions.listSheets() });
      const shown = previewPlan(built.plan, () => undefined, lang);
      if (!shown) return;
      patch({
        pending: {
          action: "province",
          origin: "province",
          plan: shown.plan,
          preview: shown.preview,
          allocation: null,
        },
        inserted: null,
      });
      pendingBuilt.current = built;
    } catch (e) {
      actions.reportError(e);
    }
  }, [state.consolidation, lang, actions]);

  const confirm = React.useCallback(async () => {
    const built = pendingBuilt.current;
    if (!state.pending || !built) return;
    try {
      await actions.applyPlan(state.pending.plan, say("insertedLabel"));
      patch({
        pending: null,
        inserted: built,
        notice: say("inserted", { province: built.provinceSheet, files: built.fileSheet }),
      });
    } catch (e) {
      patch({ pending: null });
      actions.reportError(e);
    }
  }, [state.pending, actions]);

  const cancel = React.useCallback(() => patch({ pending: null }), []);

  /** Select the commune's problem on the inserted file-status sheet (its first problem or reason). */
  const jumpTo = React.useCallback(
    async (file: string) => {
      const inserted = state.inserted;
      const row = inserted?.fileRowOfFile.get(file);
      if (!inserted || row === undefined) return;
      const cell = toA1(row, inserted.fileProblemColumn);
      try {
        await host.selectCell(inserted.fileSheet, cell);
        patch({ notice: say("selected", { cell, sheet: inserted.fileSheet }) });
      } catch (e) {
        actions.reportError(e);
      }
    },
    [state.inserted, host, actions]
  );

  return { state, chooseFiles, chooseTargets, requestInsert, confirm, cancel, jumpTo };
}
