import type { XlPageLayout } from "../../src/excel/excelApi";
import type { FakeContext } from "./fakeContext";
import { FakeExcelError } from "./fakeErrors";
import type { FakeSheet } from "./fakeState";

/** A sheet's print settings as the fake keeps them (what Excel's Page Setup dialog would show). */
export type FakePageLayoutState = {
  paperSize: string;
  orientation: string;
  centerHorizontally: boolean;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** Margins in points (Excel's defaults: 0.7" left/right, 0.75" top/bottom, 0.3" header/footer). */
  margins: {
    left: number;
    right: number;
    top: number;
    bottom: number;
    header: number;
    footer: number;
  };
  printTitleRows: string | null;
  printTitleColumns: string | null;
  printArea: string | null;
};

const PAPER_SIZES = new Set(["Letter", "Legal", "A3", "A4", "A5", "B4", "B5"]);
const ORIENTATIONS = new Set(["Portrait", "Landscape"]);
/** Whole rows, as `setPrintTitleRows` requires ("$4:$4", "4:6"). */
const WHOLE_ROWS = /^\$?\d+:\$?\d+$/;
/** Whole columns, as `setPrintTitleColumns` requires ("$A:$C"). */
const WHOLE_COLUMNS = /^\$?[A-Z]{1,3}:\$?[A-Z]{1,3}$/;
type Margin = keyof FakePageLayoutState["margins"];

const layouts = new WeakMap<FakeSheet, FakePageLayoutState>();

/** The print settings of a fake sheet (Excel's defaults until a sync writes them). */
export function pageLayoutState(sheet: FakeSheet): FakePageLayoutState {
  let s = layouts.get(sheet);
  if (!s) {
    s = {
      paperSize: "Letter",
      orientation: "Portrait",
      centerHorizontally: false,
      zoom: { scale: 100 },
      margins: { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
      printTitleRows: null,
      printTitleColumns: null,
      printArea: null,
    };
    layouts.set(sheet, s);
  }
  return s;
}

/**
 * `worksheet.pageLayout` (ExcelApi 1.9; the worksheet checks the set): write-only here, like the host uses it.
 * Writes queue and apply at sync; a bad paper size, orientation or title-row address fails the sync with
 * InvalidArgument, as Excel does.
 */
export class FakePageLayout implements XlPageLayout {
  constructor(
    private readonly ctx: FakeContext,
    private readonly locate: () => FakeSheet | null
  ) {}

  private set(describe: Record<string, unknown>, fn: (s: FakePageLayoutState) => void): void {
    this.ctx.enqueue({ pageLayout: true, ...describe }, () => {
      const sheet = this.locate();
      if (!sheet) throw new FakeExcelError("ItemNotFound", "The worksheet does not exist.");
      fn(pageLayoutState(sheet));
    });
  }

  set paperSize(v: string) {
    this.set({ paperSize: v }, (s) => {
      if (!PAPER_SIZES.has(v))
        throw new FakeExcelError("InvalidArgument", `Bad paper size '${v}'.`);
      s.paperSize = v;
    });
  }
  get paperSize(): string {
    throw new FakeExcelError("PropertyNotLoaded", "paperSize is write-only in the fake.");
  }
  set orientation(v: string) {
    this.set({ orientation: v }, (s) => {
      if (!ORIENTATIONS.has(v))
        throw new FakeExcelError("InvalidArgument", `Bad orientation '${v}'.`);
      s.orientation = v;
    });
  }
  get orientation(): string {
    throw new FakeExcelError("PropertyNotLoaded", "orientation is write-only in the fake.");
  }
  set centerHorizontally(v: boolean) {
    this.set({ centerHorizontally: v }, (s) => (s.centerHorizontally = v));
  }
  get centerHorizontally(): boolean {
    throw new FakeExcelError("PropertyNotLoaded", "centerHorizontally is write-only in the fake.");
  }
  set zoom(v: FakePageLayoutState["zoom"]) {
    this.set({ zoom: v }, (s) => {
      const fit = v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined;
      if (fit && v.scale !== undefined)
        throw new FakeExcelError(
          "InvalidArgument",
          "zoom: scale and fit-to-pages exclude each other."
        );
      if (v.scale !== undefined && !(v.scale >= 10 && v.scale <= 400))
        throw new FakeExcelError("InvalidArgument", "zoom.scale must be between 10 and 400.");
      s.zoom = { ...v };
    });
  }
  get zoom(): FakePageLayoutState["zoom"] {
    throw new FakeExcelError("PropertyNotLoaded", "zoom is write-only in the fake.");
  }
  setPrintTitleRows(rows: string): void {
    this.set({ setPrintTitleRows: rows }, (s) => {
      if (!WHOLE_ROWS.test(rows))
        throw new FakeExcelError(
          "InvalidArgument",
          "The range must span the entire row to be valid."
        );
      s.printTitleRows = rows;
    });
  }
  private margin(side: Margin, v: number): void {
    this.set({ [`${side}Margin`]: v }, (s) => {
      if (!(v >= 0)) throw new FakeExcelError("InvalidArgument", `Bad ${side} margin ${v}.`);
      s.margins[side] = v;
    });
  }
  set leftMargin(v: number) {
    this.margin("left", v);
  }
  get leftMargin(): number {
    throw new FakeExcelError("PropertyNotLoaded", "margins are write-only in the fake.");
  }
  set rightMargin(v: number) {
    this.margin("right", v);
  }
  get rightMargin(): number {
    throw new FakeExcelError("PropertyNotLoaded", "margins are write-only in the fake.");
  }
  set topMargin(v: number) {
    this.margin("top", v);
  }
  get topMargin(): number {
    throw new FakeExcelError("PropertyNotLoaded", "margins are write-only in the fake.");
  }
  set bottomMargin(v: number) {
    this.margin("bottom", v);
  }
  get bottomMargin(): number {
    throw new FakeExcelError("PropertyNotLoaded", "margins are write-only in the fake.");
  }
  set headerMargin(v: number) {
    this.margin("header", v);
  }
  get headerMargin(): number {
    throw new FakeExcelError("PropertyNotLoaded", "margins are write-only in the fake.");
  }
  set footerMargin(v: number) {
    this.margin("footer", v);
  }
  get footerMargin(): number {
    throw new FakeExcelError("PropertyNotLoaded", "margins are write-only in the fake.");
  }
  setPrintTitleColumns(cols: string): void {
    this.set({ setPrintTitleColumns: cols }, (s) => {
      if (!WHOLE_COLUMNS.test(cols))
        throw new FakeExcelError(
          "InvalidArgument",
          "The range must span the entire column to be valid."
        );
      s.printTitleColumns = cols;
    });
  }
  setPrintArea(area: string): void {
    this.set({ setPrintArea: area }, (s) => (s.printArea = area));
  }
}
