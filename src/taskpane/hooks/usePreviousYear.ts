import * as React from "react";
import {
  detectTables,
  findPlanYear,
  isTransitionsTable,
  missingSummaryColumns,
  readPreviousYear,
  readTable,
  type PreviousYear,
  type TableData,
} from "../../core";
import { uiText } from "../messages";
import { noticeFromError, type Notice } from "./notice";

const COUNT = /^\s*\d{1,9}\s*$/;

/** "" → undefined, a whole number → it, anything else → null (invalid). */
function readCount(text: string): number | undefined | null {
  if (text.trim() === "") return undefined;
  return COUNT.test(text) ? Number(text.trim()) : null;
}

export type PreviousYearState = {
  readonly previousPoor: string;
  readonly previousNearPoor: string;
  readonly nearPoor: string;
  readonly invalid: {
    readonly previousPoor: boolean;
    readonly previousNearPoor: boolean;
    readonly nearPoor: boolean;
  };
  /** What the last "Mở kế hoạch năm trước" said. */
  readonly notice: Notice | null;
  /** Last year's figures for the narrative and the summary sheet (needs the plan year); undefined without them. */
  readonly previousYear: (planYear: number | null) => PreviousYear | undefined;
  /** This year's near-poor households typed by the officer. */
  readonly nearPoorValue: number | undefined;
  setField(field: "previousPoor" | "previousNearPoor" | "nearPoor", text: string): void;
  /** Read last year's plan (.xlsx bytes) with the xlsx engine and fill the fields from its appendix. */
  openPreviousPlan(file: {
    readonly name: string;
    arrayBuffer(): Promise<ArrayBuffer>;
  }): Promise<void>;
};

/** The previous-year fields of the "Tổng hợp" tab: typed, or taken from last year's plan workbook. */
export function usePreviousYear(data: TableData | null): PreviousYearState {
  const [fields, setFields] = React.useState({
    previousPoor: "",
    previousNearPoor: "",
    nearPoor: "",
  });
  const [fromFile, setFromFile] = React.useState<PreviousYear | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const poor = readCount(fields.previousPoor);
  const prevNear = readCount(fields.previousNearPoor);
  const near = readCount(fields.nearPoor);
  const households = React.useMemo(() => {
    let total = 0;
    for (const u of data?.units ?? []) {
      const c = u.cells.households;
      total += c?.kind === "number" ? c.value : 0;
    }
    return total;
  }, [data]);

  const previousYear = (planYear: number | null): PreviousYear | undefined => {
    if (typeof poor !== "number") return undefined;
    const year = fromFile?.year ?? (planYear === null ? null : planYear - 1);
    if (year === null) return undefined;
    return {
      year,
      poor,
      households: fromFile?.households ?? households,
      ...(typeof prevNear === "number" ? { nearPoor: prevNear } : {}),
    };
  };

  const openPreviousPlan: PreviousYearState["openPreviousPlan"] = async (file) => {
    setNotice(null);
    try {
      // ExcelJS loads only when the officer opens a file (the pane's start stays small; its chunk is async).
      const { XlsxHost } = await import(/* webpackChunkName: "xlsx-host" */ "../../xlsx/XlsxHost");
      const host = await XlsxHost.fromBuffer(new Uint8Array(await file.arrayBuffer()), file.name);
      for (const sheet of await host.listSheets()) {
        const grid = await host.readGrid(sheet);
        const found = detectTables(grid);
        if (!found.ok) continue;
        // Last year's appendix; a transitions table alone gives its end-of-year counts (readPreviousYear).
        const layout =
          found.tables.find((l) => !isTransitionsTable(l)) ?? found.tables.find(isTransitionsTable);
        if (!layout || missingSummaryColumns(layout).length > 0) continue;
        const year = findPlanYear(grid, layout) ?? new Date().getFullYear() - 1;
        const r = readPreviousYear(readTable(grid, layout), year);
        if (!r.ok) {
          const cells = r.issues.map((i) => i.cell).join(", ");
          setNotice({ key: "previousUnreadable", params: { file: file.name, cells } });
          return;
        }
        const v = r.value;
        setFromFile(v);
        setFields((f) => ({
          ...f,
          previousPoor: String(v.poor),
          previousNearPoor: v.nearPoor === undefined ? f.previousNearPoor : String(v.nearPoor),
        }));
        setNotice({
          render: (lang) =>
            uiText(lang, "previousLoaded", {
              year: v.year,
              file: file.name,
              poor: v.poor,
              near:
                v.nearPoor === undefined
                  ? ""
                  : uiText(lang, "previousLoadedNear", { nearPoor: v.nearPoor }),
            }),
        });
        return;
      }
      setNotice({ key: "previousNoTable", params: { file: file.name } });
    } catch (e) {
      setNotice(noticeFromError(e));
    }
  };

  return {
    ...fields,
    invalid: {
      previousPoor: poor === null,
      previousNearPoor: prevNear === null,
      nearPoor: near === null,
    },
    notice,
    previousYear,
    nearPoorValue: typeof near === "number" ? near : undefined,
    setField: (field, text) => {
      setFields((f) => ({ ...f, [field]: text }));
    },
    openPreviousPlan,
  };
}
