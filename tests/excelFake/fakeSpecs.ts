import type { XlDiagnostics } from "../../src/excel/excelApi";
import type { FakeChart, FakeValidation, FakeValue } from "./fakeState";
import type { FakeCalculator } from "./writeCells";

/** A cell in a seed spec: a plain value (stored as is, strings stay text) or value + formula + format. */
export type FakeCellSpec =
  | FakeValue
  | null
  | {
      readonly value?: FakeValue | null;
      readonly formula?: string;
      readonly numberFormat?: string;
      readonly fill?: string;
      readonly bold?: boolean;
      /** An error value ("#N/A"): `valueTypes` says "Error". A plain string "#N/A" is text. */
      readonly error?: string;
      readonly fontName?: string;
      readonly fontSize?: number;
    };

export type FakeSheetSpec = {
  readonly name: string;
  /** Rows of cells starting at `origin` (default "A1"). */
  readonly rows?: readonly (readonly FakeCellSpec[])[];
  readonly origin?: string;
  /** Extra cells by A1 address. */
  readonly cells?: Readonly<Record<string, FakeCellSpec>>;
  /** Merged areas, e.g. "A2:I2". Only the top-left cell keeps its value (like Excel). */
  readonly merges?: readonly string[];
  /**
   * Excel Tables (ListObjects) by address including the header row, e.g. { name: "Bang1", address: "A5:I14" }; with
   * `showHeaders: false` the table has no header row (Table Design › Header Row off): the address is its body.
   */
  readonly tables?: readonly {
    readonly name: string;
    readonly address: string;
    readonly showHeaders?: boolean;
  }[];
  readonly visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** Sheet protection on: writes fail with AccessDenied. */
  readonly protected?: boolean;
};

export type FakeExcelOptions = {
  /** Requirement sets the fake supports; default ExcelApi 1.1–1.17. */
  readonly excelApi?: string;
  /** Largest request payload in bytes (Excel: 5 MB). */
  readonly payloadLimit?: number;
  /**
   * A fixed calculator for written formulas (old behaviour, no recalculation). By default the fake calculates
   * every formula with fast-formula-parser after each sync, as Excel does.
   */
  readonly calculate?: FakeCalculator;
  /** Excel's "Fill formulas in tables to create calculated columns" (default on, as in Excel). */
  readonly fillFormulasInTables?: boolean;
  /** Largest range read that returns `values` (Excel on the web: 5,000,000 cells; tests scale it down). */
  readonly maxReadCells?: number;
  /** `Office.context.diagnostics` (default: Excel on the web). */
  readonly diagnostics?: XlDiagnostics;
};

/** A cell as exported for comparison (only non-empty / non-default cells are listed). */
export type FakeCellState = {
  readonly value: FakeValue;
  readonly error: boolean;
  readonly formula: string | null;
  readonly numberFormat: string;
  readonly fill: string | null;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly fontColor: string | null;
  readonly fontName: string | null;
  readonly fontSize: number | null;
  readonly horizontal: string | null;
  readonly wrap: boolean;
  readonly borders: Readonly<Record<string, string>>;
  readonly borderColors: Readonly<Record<string, string>>;
  readonly borderWeights: Readonly<Record<string, string>>;
};

export type FakeSheetState = {
  readonly name: string;
  readonly cells: Readonly<Record<string, FakeCellState>>;
  readonly merges: readonly string[];
  readonly columnWidths: Readonly<Record<number, number>>;
  readonly validations: readonly FakeValidation[];
  readonly charts: readonly FakeChart[];
  readonly frozenRows: number;
  readonly tables: readonly { readonly name: string; readonly address: string }[];
  readonly conditionalFormats: readonly {
    readonly address: string;
    readonly fill: string | null;
  }[];
};
