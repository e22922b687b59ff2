import { rangeFromA1 } from "../core";
import { EXCEL_ERRORS, type CellError, type Grid, type RangeRef, type RawValue } from "../core";

const ERROR_STRINGS: ReadonlySet<string> = new Set(EXCEL_ERRORS);

/** What `range.load("values, formulas, numberFormat, address")` plus the merged areas' address return. */
export type ExcelRangeData = {
  readonly sheet: string;
  /** `range.address`, e.g. "'Phụ lục'!A1:I14", or null when the sheet is blank (used range is a null object). */
  readonly address: string | null;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  /**
   * `range.valueTypes` ("Error", "String", …): only "Error" makes a CellError, so text that reads "#N/A" stays
   * text. Without it, error-looking strings are taken for errors.
   */
  readonly valueTypes?: readonly (readonly unknown[])[];
  /** `rangeAreas.address` of the merged areas ("Sheet1!A2:I2,Sheet1!A5:A7"), or null when there are none. */
  readonly mergedAddress: string | null;
};

/** One `range.values` entry to a RawValue: "" is empty, "#DIV/0!" and friends are CellErrors. */
export function fromExcelValue(v: unknown, valueType?: unknown): RawValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") {
    const isError = valueType === undefined ? ERROR_STRINGS.has(v) : valueType === "Error";
    return isError ? ({ error: v } satisfies CellError) : v;
  }
  return String(v);
}

/** The address part after the last "!" of "'Sheet'!A1:B2" (sheet names may hold "!" only inside quotes). */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang < 0 ? address : address.slice(bang + 1)).replace(/\$/g, "");
}

/** "Sheet1!A2:I2,'Phụ lục, 2'!A5:A7" → ranges. Addresses never contain commas; quoted sheet names may. */
export function parseAreasAddress(address: string | null): RangeRef[] {
  if (!address) return [];
  const found = address.match(/!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?(?=,|$|\s)/g) ?? [];
  return found.map((m) => rangeFromA1(stripSheet(m)));
}

/**
 * Turn what Office.js returned for a used range into a Grid (pure, tested without Excel).
 * Formula text is kept only where it starts with "="; merged areas become absolute RangeRefs.
 * @example fromExcelValues({ sheet: "S", address: "S!B2:B3", values: [[1], ["#N/A"]], formulas: [[1], ["=NA()"]],
 *   numberFormat: [["General"], ["General"]], mergedAddress: null }).values // [[1], [{ error: "#N/A" }]]
 */
export function fromExcelValues(data: ExcelRangeData): Grid {
  if (data.address === null) {
    return {
      sheet: data.sheet,
      top: 1,
      left: 1,
      values: [],
      formulas: [],
      numberFormats: [],
      merges: [],
    };
  }
  const ref = rangeFromA1(stripSheet(data.address));
  const merges = parseAreasAddress(data.mergedAddress);
  // The grid covers every merged area starting in it (their other cells are empty), as the xlsx host does.
  const bottom = Math.max(ref.bottom, ...merges.map((m) => m.bottom));
  const right = Math.max(ref.right, ...merges.map((m) => m.right));
  const rows = bottom - ref.top + 1;
  const cols = right - ref.left + 1;
  const pad = <T, U>(
    src: readonly (readonly unknown[])[],
    map: (v: unknown, i: number, j: number) => T,
    fill: U
  ) =>
    Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => {
        const line = src[i];
        return line !== undefined && j < line.length ? map(line[j], i, j) : fill;
      })
    );
  const values = pad(data.values, (v, i, j) => fromExcelValue(v, data.valueTypes?.[i]?.[j]), null);
  // `formulas` holds text constants as themselves: a formula is text starting with "=" that is not its own value.
  const formulas = pad(
    data.formulas,
    (f, i, j) =>
      typeof f === "string" && f.startsWith("=") && f !== data.values[i]?.[j] ? f : null,
    null
  );
  const numberFormats = pad(
    data.numberFormat,
    (f) => (typeof f === "string" ? f : "General"),
    "General"
  );
  return {
    sheet: data.sheet,
    top: ref.top,
    left: ref.left,
    values,
    formulas,
    numberFormats,
    merges,
  };
}
