import { rangeToA1 } from "../core";
import {
  EXCEL_ERRORS,
  type CellFormat,
  type CellStyle,
  type ChartSpec,
  type PlanCell,
  type PrintSetup,
  type RangeRef,
  type ValidationSpec,
} from "../core";
import { sliceRows } from "./rectangles";

/** One write the Excel host queues. Plain data, so the payload can be estimated before anything is sent. */
export type WriteCommand =
  | { readonly kind: "addSheet"; readonly sheet: string }
  | { readonly kind: "deleteSheet"; readonly sheet: string }
  | {
      readonly kind: "numberFormat";
      readonly sheet: string;
      readonly address: string;
      readonly data: (string | null)[][];
    }
  | {
      readonly kind: "formulas";
      readonly sheet: string;
      readonly address: string;
      readonly data: unknown[][];
    }
  | {
      readonly kind: "style";
      readonly sheet: string;
      readonly address: string;
      readonly style: CellStyle;
      /**
       * A border's lines get their weight and colour too, not only their style: on an existing sheet, where a line
       * may be there already (a new sheet has none, and its many lines keep the request small).
       */
      readonly fullLines?: boolean;
    }
  | {
      /** Undo: one cell's formats put back (fill, font, alignment, wrap, borders). */
      readonly kind: "cellFormat";
      readonly sheet: string;
      readonly address: string;
      readonly format: CellFormat;
    }
  | { readonly kind: "merge"; readonly sheet: string; readonly address: string }
  | { readonly kind: "unmerge"; readonly sheet: string; readonly address: string }
  | {
      readonly kind: "columnWidth";
      readonly sheet: string;
      readonly address: string;
      readonly points: number;
    }
  | {
      readonly kind: "validation";
      readonly sheet: string;
      readonly address: string;
      readonly spec: ValidationSpec;
    }
  | {
      readonly kind: "chart";
      readonly sheet: string;
      readonly name: string;
      readonly spec: ChartSpec;
    }
  | { readonly kind: "deleteChart"; readonly sheet: string; readonly name: string }
  | { readonly kind: "addName"; readonly name: string; readonly reference: string }
  | { readonly kind: "deleteName"; readonly name: string }
  | {
      readonly kind: "table";
      readonly sheet: string;
      readonly address: string;
      readonly name?: string;
    }
  | { readonly kind: "freeze"; readonly sheet: string; readonly rows: number }
  | { readonly kind: "print"; readonly sheet: string; readonly print: PrintSetup };

/** Excel rejects a request over 5 MB; the host aims at 4 MB per sync to leave room for the envelope. */
export const MAX_REQUEST_BYTES = 4_000_000;

const ERROR_STRINGS: ReadonlySet<string> = new Set(EXCEL_ERRORS);
const utf8 = new TextEncoder();

export function estimateBytes(value: unknown): number {
  return utf8.encode(JSON.stringify(value)).length;
}

/**
 * A text value as written into `range.formulas`, so Excel stores it as text and never parses it
 * (no formula from "=HYPERLINK(…)", no number from "98", no boolean from "TRUE"): a leading apostrophe,
 * which Excel drops and keeps as the cell's prefix character. A cell formatted as Text ("@") already stores
 * strings verbatim, so there the string goes as is (an apostrophe would become part of the text).
 */
export function encodeText(text: string, numberFormat: string): string {
  if (text === "") return "";
  return numberFormat === "@" ? text : `'${text}`;
}

/** A PlanCell as an entry of a `range.formulas` array (null would mean "leave alone", so clearing is ""). */
export function encodePlanCell(cell: PlanCell, numberFormat: string): unknown {
  if ("formula" in cell) return cell.formula;
  const v = cell.value;
  if (v === null) return "";
  return typeof v === "string" ? encodeText(v, numberFormat) : v;
}

/**
 * Office.js `formulas` holds a text constant as itself, so text that starts with "=" looks like a formula there;
 * a real formula's value is its result, which differs from its text.
 */
export function isFormulaEntry(formula: unknown, value: unknown): formula is string {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value;
}

/**
 * What a cell held (from a snapshot's formulas + values) as an entry that writes it back exactly. `valueType`
 * (`range.valueTypes`) tells an error constant from text that reads like one; without it the string decides.
 */
export function encodeRestore(
  formula: unknown,
  value: unknown,
  numberFormat: string,
  valueType?: unknown
): unknown {
  if (isFormulaEntry(formula, value)) return formula;
  if (value === "" || value === null || value === undefined) return "";
  if (typeof value === "string") {
    const isError = valueType === undefined ? ERROR_STRINGS.has(value) : valueType === "Error";
    return isError ? value : encodeText(value, numberFormat);
  }
  return value;
}

/** Column width in characters (ExcelJS / the plan's unit) to points (Office.js `columnWidth`). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Split a 2-D write into row slices whose JSON stays under `maxBytes`, so no single command is too big.
 * @example splitMatrix("S", "formulas", {top:1,left:1,bottom:3,right:1}, [[1],[2],[3]], 1e6).length === 1
 */
export function splitMatrix<T>(
  sheet: string,
  kind: "formulas" | "numberFormat",
  ref: RangeRef,
  data: T[][],
  maxBytes: number
): WriteCommand[] {
  const out: WriteCommand[] = [];
  let start = 0;
  let bytes = 0;
  const push = (end: number): void => {
    if (end <= start) return;
    for (const part of sliceRows(
      { ...ref, top: ref.top + start },
      data.slice(start, end),
      end - start
    )) {
      out.push({ kind, sheet, address: rangeToA1(part.ref), data: part.data } as WriteCommand);
    }
  };
  data.forEach((row, i) => {
    const rowBytes = estimateBytes(row) + 1;
    if (bytes + rowBytes > maxBytes && i > start) {
      push(i);
      start = i;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  push(data.length);
  return out;
}

/** Pack commands, in order, into batches whose estimated payload stays under `maxBytes` each. */
export function chunkCommands(
  commands: readonly WriteCommand[],
  maxBytes: number = MAX_REQUEST_BYTES
): WriteCommand[][] {
  const chunks: WriteCommand[][] = [];
  let current: WriteCommand[] = [];
  let bytes = 0;
  for (const c of commands) {
    const size = estimateBytes(c) + 200;
    if (current.length > 0 && bytes + size > maxBytes) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(c);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
