import { rangeToA1, toA1 } from "../core";
import type { CellStyle, ChartSpec, ValidationSpec } from "../core";
import type { XlContext, XlRange, XlWorksheet } from "./excelApi";
import type { WriteCommand } from "./writeCommands";
import { queuePrintSetup } from "./queuePrintSetup";
import { HORIZONTAL, queueCellFormat, queueLine, WRITTEN_LINE } from "./cellFormats";

const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;

/** Queue commands on a request context (no sync here). Worksheet proxies are reused per name. */
export function queueCommands(context: XlContext, commands: readonly WriteCommand[]): void {
  const sheets = new Map<string, XlWorksheet>();
  const sheet = (name: string): XlWorksheet => {
    let ws = sheets.get(name);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(name);
      sheets.set(name, ws);
    }
    return ws;
  };
  for (const c of commands) {
    switch (c.kind) {
      case "addSheet":
        sheets.set(c.sheet, context.workbook.worksheets.add(c.sheet));
        break;
      case "deleteSheet":
        context.workbook.worksheets.getItemOrNullObject(c.sheet).delete();
        sheets.delete(c.sheet);
        break;
      case "numberFormat":
        sheet(c.sheet).getRange(c.address).numberFormat = c.data;
        break;
      case "formulas":
        sheet(c.sheet).getRange(c.address).formulas = c.data;
        break;
      case "style":
        applyStyle(sheet(c.sheet).getRange(c.address), c.style, c.fullLines === true);
        break;
      case "cellFormat":
        queueCellFormat(sheet(c.sheet).getRange(c.address), c.format);
        break;
      case "merge":
        sheet(c.sheet).getRange(c.address).merge(false);
        break;
      case "unmerge":
        sheet(c.sheet).getRange(c.address).unmerge();
        break;
      case "columnWidth":
        sheet(c.sheet).getRange(c.address).format.columnWidth = c.points;
        break;
      case "validation":
        applyValidation(sheet(c.sheet).getRange(c.address), c.spec);
        break;
      case "chart":
        addChart(sheet(c.sheet), c.name, c.spec);
        break;
      case "deleteChart":
        sheet(c.sheet).charts.getItemOrNullObject(c.name).delete();
        break;
      case "freeze":
        sheet(c.sheet).freezePanes.freezeRows(c.rows);
        break;
      case "print":
        queuePrintSetup(sheet(c.sheet), c.print);
        break;
      case "addName":
        context.workbook.names.add(c.name, c.reference);
        break;
      case "deleteName":
        context.workbook.names.getItemOrNullObject(c.name).delete();
        break;
      case "table": {
        const table = sheet(c.sheet).tables.add(c.address, true);
        if (c.name !== undefined) table.name = c.name;
        break;
      }
    }
  }
}

function applyStyle(range: XlRange, style: CellStyle, fullLines: boolean): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.fontColor !== undefined) f.font.color = style.fontColor;
  if (style.fontName !== undefined) f.font.name = style.fontName;
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.fill !== undefined) f.fill.color = style.fill;
  if (style.horizontal !== undefined) f.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.border) {
    // Style, weight and colour where a line may be there already: what a style alone leaves of it is not documented.
    for (const edge of EDGES)
      if (fullLines) queueLine(f.borders, edge, WRITTEN_LINE);
      else f.borders.getItem(edge).style = WRITTEN_LINE.style;
  }
}

function applyValidation(range: XlRange, spec: ValidationSpec): void {
  const v = range.dataValidation;
  v.clear();
  const basic = { formula1: spec.min, formula2: spec.max, operator: "Between" };
  v.rule = spec.type === "whole" ? { wholeNumber: basic } : { decimal: basic };
  if (spec.prompt !== undefined) v.prompt = { message: spec.prompt, showPrompt: true, title: "" };
  if (spec.errorMessage !== undefined) {
    v.errorAlert = { message: spec.errorMessage, showAlert: true, style: "Stop", title: "" };
  }
}

function addChart(ws: XlWorksheet, name: string, spec: ChartSpec): void {
  const [first, ...rest] = spec.series;
  if (!first) return;
  const categories = ws.getRange(rangeToA1(spec.categories));
  const chart = ws.charts.add("ColumnClustered", ws.getRange(rangeToA1(first.values)), "Columns");
  chart.name = name;
  chart.title.text = spec.title;
  const s0 = chart.series.getItemAt(0);
  s0.name = first.name;
  s0.setXAxisValues(categories);
  for (const s of rest) {
    const series = chart.series.add(s.name);
    series.setValues(ws.getRange(rangeToA1(s.values)));
    series.setXAxisValues(categories);
  }
  chart.setPosition(
    toA1(spec.anchor.top, spec.anchor.left),
    toA1(spec.anchor.bottom, spec.anchor.right)
  );
}
