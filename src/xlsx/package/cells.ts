import { fromA1, toA1 } from "../../core";
import { childElements, escapeXml, getAttr, setAttr } from "./xml";
import type { XmlElement } from "./xml";
import type { SharedStrings } from "./sharedStrings";
import type { StyleTransplant } from "./styles";

/** A row of a sheetData: `r` is its number (given, or the previous row's + 1 as the schema allows). */
export type RowSpan = {
  readonly r: number;
  readonly start: number;
  readonly end: number;
  readonly open: string;
  readonly name: string;
  readonly innerStart: number;
  readonly innerEnd: number;
};

const ROW_OPEN = /<((?:[\w.-]+:)?row)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

/**
 * The rows of a sheetData element, found without tokenising their cells (rows never nest, and nothing inside a
 * cell is named "row"), so a large sheet is scanned quickly.
 */
export function rowsOf(xml: string, sheetData: XmlElement): RowSpan[] {
  const rows: RowSpan[] = [];
  const re = new RegExp(ROW_OPEN.source, "g");
  re.lastIndex = sheetData.innerStart;
  let previous = 0;
  for (let m = re.exec(xml); m !== null && m.index < sheetData.innerEnd; m = re.exec(xml)) {
    const name = m[1] as string;
    const openEnd = m.index + m[0].length;
    const r = Number(getAttr(m[0], "r") ?? previous + 1);
    previous = r;
    if (m[3] === "/") {
      rows.push({
        r,
        start: m.index,
        end: openEnd,
        open: m[0],
        name,
        innerStart: openEnd,
        innerEnd: openEnd,
      });
      continue;
    }
    const close = xml.indexOf(`</${name}>`, openEnd);
    if (close < 0) throw new Error(`row ${r} is not closed`);
    const end = close + name.length + 3;
    rows.push({ r, start: m.index, end, open: m[0], name, innerStart: openEnd, innerEnd: close });
    re.lastIndex = end;
  }
  return rows;
}

/** The cells of a row by column, with their text (a cell without `r` follows the previous one). */
export function cellsOf(xml: string, row: RowSpan): Map<number, string> {
  const out = new Map<number, string>();
  let previous = 0;
  for (const c of childElements(xml, row.innerStart, row.innerEnd)) {
    if (c.local !== "c") continue;
    const ref = getAttr(c.open, "r");
    const col = ref !== undefined ? fromA1(ref).col : previous + 1;
    previous = col;
    let text = xml.slice(c.start, c.end);
    if (ref === undefined) text = text.replace(c.open, setAttr(c.open, "r", toA1(row.r, col)));
    out.set(col, text);
  }
  return out;
}

/**
 * A cell written by ExcelJS made to mean the same in the original package: its style index and shared-string
 * index are those of the original parts (appended there when new). `keepStyle` puts back the original cell's
 * style attribute instead (the value changed, not the format).
 */
export function remapCell(
  cellXml: string,
  styles: StyleTransplant,
  strings: SharedStrings,
  opts: {
    readonly keepStyle?: { readonly s: string | undefined };
    /** The formula to write for a shared-formula follower (its group stays in ExcelJS's sheet). */
    readonly formula?: string;
    /** The cell stays in the sheet ExcelJS wrote (a new sheet): its shared-formula group comes with it. */
    readonly keepShared?: boolean;
  } = {}
): string {
  const { keepStyle, formula } = opts;
  const open = /^<[^>]*?\/?>/.exec(cellXml)?.[0] ?? cellXml;
  let next = open;
  if (keepStyle) next = setAttr(next, "s", keepStyle.s);
  else {
    const s = getAttr(open, "s");
    if (s !== undefined) next = setAttr(next, "s", String(styles.cellFormat(Number(s))));
  }
  let body = cellXml.slice(open.length);
  if (getAttr(open, "t") === "s") {
    body = body.replace(/<v>(\d+)<\/v>/, (_, i: string) => `<v>${strings.map(Number(i))}</v>`);
  }
  // A shared formula belongs to a group of ExcelJS's sheet: in the original sheet it is written as a plain one.
  if (opts.keepShared) return next + body;
  body = body
    .replace(/<f\b[^>]*\bt="shared"[^>]*\/>/, () => `<f>${escapeXml(formula ?? "")}</f>`)
    .replace(/<f\b[^>]*\bt="shared"[^>]*>/, "<f>");
  return next + body;
}

/** The original cell's style attribute (undefined: the default format). */
export function styleOf(cellXml: string | undefined): { s: string | undefined } {
  if (cellXml === undefined) return { s: undefined };
  const open = /^<[^>]*?\/?>/.exec(cellXml)?.[0] ?? cellXml;
  return { s: getAttr(open, "s") };
}

/** The original cell with only its style index changed. */
export function restyleCell(cellXml: string, s: number): string {
  const open = /^<[^>]*?\/?>/.exec(cellXml)?.[0] ?? cellXml;
  return setAttr(open, "s", String(s)) + cellXml.slice(open.length);
}
