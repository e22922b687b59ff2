/**
 * The subset of the Office.js Excel API that ExcelHost uses, as structural types.
 * `Excel.RequestContext` is checked against these types in `officeRuntime.ts` (so a name or signature that
 * differs from Office.js fails to compile), and the strict fake in `fake/` implements exactly these.
 */

/** Every API object: `load` queues a read that is filled in by the next `context.sync()`. */
export interface XlObject {
  readonly isNullObject: boolean;
  load(propertyNames?: string | string[]): unknown;
}

export interface XlFill {
  color: string;
  clear(): void;
}

export interface XlFont {
  bold: boolean;
  italic: boolean;
  color: string;
  name: string;
  size: number;
}

export interface XlBorder {
  style: string;
  color: string;
  /** "Hairline", "Thin", "Medium", "Thick" (ExcelApi 1.1). */
  weight: string;
}

export interface XlRangeFormat {
  readonly fill: XlFill;
  readonly font: XlFont;
  horizontalAlignment: string;
  wrapText: boolean;
  columnWidth: number;
  readonly borders: { getItem(index: string): XlBorder };
}

export interface XlDataValidation {
  rule: {
    wholeNumber?: { formula1: unknown; formula2?: unknown; operator: string };
    decimal?: { formula1: unknown; formula2?: unknown; operator: string };
  };
  prompt: { message: string; showPrompt: boolean; title: string };
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  clear(): void;
}

export type XlCellBorder = {
  readonly style?: string;
  readonly color?: string;
  readonly weight?: string;
};

export type XlCellProperties = {
  readonly format?: {
    readonly fill?: { readonly color?: string; readonly pattern?: string };
    readonly font?: {
      readonly name?: string;
      readonly size?: number;
      readonly bold?: boolean;
      readonly italic?: boolean;
      readonly color?: string;
    };
    readonly horizontalAlignment?: string;
    readonly wrapText?: boolean;
    readonly borders?: {
      readonly top?: XlCellBorder;
      readonly bottom?: XlCellBorder;
      readonly left?: XlCellBorder;
      readonly right?: XlCellBorder;
    };
  };
};

/** What `getCellProperties` is asked for (ExcelApi 1.9): the formats a plan changes, read for undo. */
export type XlCellPropertiesOptions = {
  format?: {
    fill?: { color?: boolean; pattern?: boolean };
    font?: { name?: boolean; size?: boolean; bold?: boolean; italic?: boolean; color?: boolean };
    horizontalAlignment?: boolean;
    wrapText?: boolean;
    borders?: { style?: boolean; color?: boolean; weight?: boolean };
  };
};

/** A custom conditional format (ExcelApi 1.6): the highlight that overlays a fill without touching the cell's own. */
export interface XlConditionalFormat extends XlObject {
  readonly id: string;
  /** "Custom", "CellValue", "ColorScale"…; `custom` is only meaningful on a "Custom" one. */
  readonly type: string;
  readonly custom: {
    readonly rule: { formula: string };
    readonly format: { readonly fill: { color: string } };
  };
  delete(): void;
}

export interface XlConditionalFormatCollection {
  /** ExcelApi 1.6, with `load("items/id")`. */
  readonly items: XlConditionalFormat[];
  load(propertyNames?: string | string[]): unknown;
  add(type: "Custom"): XlConditionalFormat;
  /** ExcelApi **1.14** (the collection itself is 1.6): feature-detect before calling. */
  getItemOrNullObject(id: string): XlConditionalFormat;
}

/** An Excel Table (ListObject), ExcelApi 1.1; `getItemOrNullObject` 1.4. */
export interface XlTable extends XlObject {
  name: string;
  /** ExcelApi 1.1: false when the officer turned the header row off (the table's first row is then data). */
  readonly showHeaders: boolean;
  /** The whole table, its header row included when it has one. */
  getRange(): XlRange;
  /** ExcelApi 1.1; what a table without a header row gives is not documented (the fake fails). */
  getHeaderRowRange(): XlRange;
  /** ExcelApi 1.1: the table without its header and totals rows. */
  getDataBodyRange(): XlRange;
}

export interface XlTableCollection {
  readonly items: XlTable[];
  load(propertyNames?: string | string[]): unknown;
  add(address: string, hasHeaders: boolean): XlTable;
  getItem(key: string): XlTable;
  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): XlTable;
}

/** A defined name (ExcelApi 1.1; `add` and `getItemOrNullObject` 1.4, `formula` 1.7). */
export interface XlNamedItem extends XlObject {
  readonly name: string;
  /** "='Tổng hợp'!$A$1" for a name that refers to a cell. */
  formula: unknown;
  delete(): void;
}

export interface XlNamedItemCollection {
  readonly items: XlNamedItem[];
  load(propertyNames?: string | string[]): unknown;
  add(name: string, reference: string, comment?: string): XlNamedItem;
  getItemOrNullObject(name: string): XlNamedItem;
}

export interface XlRange extends XlObject {
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  /** "Empty" | "String" | "Double" | "Boolean" | "Error" | … per cell (ExcelApi 1.1). */
  readonly valueTypes: string[][];
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  getMergedAreasOrNullObject(): XlRangeAreas;
  /** ExcelApi 1.9. */
  getCellProperties(options: XlCellPropertiesOptions): {
    readonly value: XlCellProperties[][];
  };
  /** ExcelApi 1.4. */
  getIntersectionOrNullObject(anotherRange: XlRange | string): XlRange;
  getCell(row: number, column: number): XlRange;
  /** ExcelApi 1.2. */
  getResizedRange(deltaRows: number, deltaColumns: number): XlRange;
  /** ExcelApi 1.6. */
  readonly conditionalFormats: XlConditionalFormatCollection;
  /**
   * ExcelApi 1.12: true when every cell has a spill border (a dynamic array's anchor or a cell it spilled into),
   * false when none has, null when some have.
   */
  readonly hasSpill: boolean | null;
  /** ExcelApi 1.12, on one cell: its spill range when it is a spilling anchor, else a null object. */
  getSpillingToRangeOrNullObject(): XlRange;
  /** ExcelApi 1.12, on one cell: the anchor of the dynamic array it was spilled into, else a null object. */
  getSpillParentOrNullObject(): XlRange;
  merge(across?: boolean): void;
  /** ExcelApi 1.2. */
  unmerge(): void;
  /** Insert cells the size of the range, shifting the others (ExcelApi 1.1); whole rows with "Down". */
  insert(shift: "Down" | "Right"): XlRange;
  select(): void;
}

export interface XlRangeAreas extends XlObject {
  /** Comma-separated absolute addresses with the sheet name, e.g. "Sheet1!A2:I2,Sheet1!A5:A7". */
  readonly address: string;
}

export interface XlChartSeries {
  name: string;
  setValues(sourceData: XlRange): void;
  setXAxisValues(sourceData: XlRange): void;
}

export interface XlChart extends XlObject {
  name: string;
  readonly title: { text: string };
  readonly series: { getItemAt(index: number): XlChartSeries; add(name?: string): XlChartSeries };
  setPosition(startCell: XlRange | string, endCell?: XlRange | string): void;
  delete(): void;
}

/** Print settings of a worksheet (Excel.PageLayout, ExcelApi 1.9). */
export interface XlPageLayout {
  paperSize: string;
  orientation: string;
  centerHorizontally: boolean;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** Margins in points. */
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  setPrintTitleRows(printTitleRows: string): void;
  setPrintTitleColumns(printTitleColumns: string): void;
  setPrintArea(printArea: string): void;
}

/** The part of `Excel.WorksheetChangedEventArgs` the host reads (ExcelApi 1.7; `triggerSource` 1.14). */
export type XlWorksheetChangedArgs = {
  /** The changed area without the sheet name, e.g. "F9" or "A1:C3". */
  readonly address: string;
  readonly changeType: string;
  readonly source: string;
  readonly triggerSource?: string;
  readonly worksheetId: string;
};

/** `OfficeExtension.EventHandlerResult`: `remove()` is queued on the context the handler was added in. */
export interface XlEventHandlerResult {
  readonly context: { sync(): Promise<unknown> };
  remove(): void;
}

export interface XlWorksheet extends XlObject {
  /** Setting it renames the sheet (clears the officer's Ctrl+Z history on Windows and Mac). */
  name: string;
  /** Stable through renames and moves (ExcelApi 1.1); `worksheets.getItem` takes it as well as the name. */
  readonly id: string;
  /** ExcelApi 1.7. */
  readonly onChanged: {
    add(handler: (args: XlWorksheetChangedArgs) => Promise<unknown>): XlEventHandlerResult;
  };
  /** "Visible" | "Hidden" | "VeryHidden". */
  readonly visibility: string;
  readonly tables: XlTableCollection;
  readonly charts: {
    add(
      type: "ColumnClustered",
      sourceData: XlRange,
      seriesBy?: "Auto" | "Columns" | "Rows"
    ): XlChart;
    getItemOrNullObject(name: string): XlChart;
  };
  readonly freezePanes: { freezeRows(count?: number): void };
  /** ExcelApi 1.9. */
  readonly pageLayout: XlPageLayout;
  getRange(address?: string): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  activate(): void;
  delete(): void;
}

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  load(propertyNames?: string | string[]): unknown;
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  getActiveWorksheet(): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlContext {
  readonly workbook: {
    readonly worksheets: XlWorksheetCollection;
    readonly names: XlNamedItemCollection;
  };
  readonly application: {
    suspendApiCalculationUntilNextSync(): void;
    /** ExcelApi 1.1; the host recalculates after writes made under suspended calculation, before reading. */
    calculate(calculationType: "Recalculate" | "Full" | "FullRebuild"): void;
  };
  sync(): Promise<unknown>;
}

/** `Excel.RunOptions`: `delayForCellEdit` (ExcelApi 1.11) makes a batch wait while the officer edits a cell. */
export type XlRunOptions = {
  readonly delayForCellEdit?: boolean;
  /** ExcelApi 1.20: every sync of the batch is one step of Excel's own undo (Ctrl+Z). */
  readonly mergeUndoGroup?: boolean;
};

/** `Excel.run`'s shape (the options come second here; `officeRuntime.ts` passes them first, as Office.js wants). */
export type XlRun = <T>(
  batch: (context: XlContext) => Promise<T>,
  options?: XlRunOptions
) => Promise<T>;

/** `Office.context.diagnostics` (host, platform, version) for the self-test report. */
export type XlDiagnostics = {
  readonly host: string;
  readonly platform: string;
  readonly version: string;
};

/** `Office.context.requirements.isSetSupported`'s shape. */
export type XlRequirementProbe = (name: string, minVersion?: string) => boolean;

/** The subset of `Office.context.document.settings` used for per-workbook settings. */
export interface XlSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(
    options: { overwriteIfStale?: boolean },
    callback: (result: XlAsyncResult) => void
  ): void;
}

/** The part of `Office.AsyncResult` that the settings code reads. */
export type XlAsyncResult = {
  readonly status: unknown;
  readonly error: { readonly message: string };
};
