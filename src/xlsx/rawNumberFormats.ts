import type * as ExcelJS from "exceljs";

/** A part's text by its name in the package ("xl/styles.xml"), undefined when there is none. */
export type PartReader = (name: string) => Promise<string | undefined>;

/**
 * ExcelJS unescapes number formats when it reads a file (`0.00\%` becomes `0.00%`): a rate shown with a literal
 * percent sign (Excel shows 4.39 as "4.39%") would be read as a fraction ×100, and saved back as a real percent
 * format (7.46 shown as "746%"). This puts back, on every cell whose style's format ExcelJS changed, the format code
 * as written in the package (styles.xml numFmts → cellXfs → the cells' `s` attributes).
 * Costs nothing when no custom format has an escape; otherwise one scan of each sheet's cell tags. `read` gives the
 * parts ExcelJS read (already inflated: see ZipPackage).
 */
export async function restoreRawNumberFormats(
  workbook: ExcelJS.Workbook,
  read: PartReader
): Promise<void> {
  const styles = await read("xl/styles.xml");
  if (styles === undefined) return;
  const rawByStyle = findEscapedStyles(styles);
  if (rawByStyle.size === 0) return;
  const paths = await sheetPaths(read);
  for (const ws of workbook.worksheets) {
    const path = paths.get(ws.name);
    const xml = path === undefined ? undefined : await read(path);
    if (xml === undefined) continue;
    for (const [address, styleId] of cellStyles(xml)) {
      const raw = rawByStyle.get(styleId);
      if (raw !== undefined) ws.getCell(address).numFmt = raw;
    }
  }
}

/** ExcelJS's reading of a format code: every backslash escape dropped. */
const unescapeLikeExcelJs = (code: string): string => code.replace(/[\\](.)/g, "$1");

/** Style (cellXfs) index → raw format code, for the styles whose code ExcelJS would read differently. */
export function findEscapedStyles(stylesXml: string): Map<number, string> {
  const codes = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
    const attrs = m[1] ?? "";
    const id = attribute(attrs, "numFmtId");
    const code = attribute(attrs, "formatCode");
    if (id !== undefined && code !== undefined && unescapeLikeExcelJs(code) !== code)
      codes.set(Number(id), code);
  }
  const out = new Map<number, string>();
  if (codes.size === 0) return out;
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? "";
  let index = 0;
  for (const m of xfs.matchAll(/<xf\b([^>]*?)\/?>/g)) {
    const id = attribute(m[1] ?? "", "numFmtId");
    const code = id === undefined ? undefined : codes.get(Number(id));
    if (code !== undefined) out.set(index, code);
    index++;
  }
  return out;
}

/** Sheet name → its part in the package ("xl/worksheets/sheet1.xml"). */
async function sheetPaths(read: PartReader): Promise<Map<string, string>> {
  const [book, rels] = await Promise.all([
    read("xl/workbook.xml"),
    read("xl/_rels/workbook.xml.rels"),
  ]);
  const targets = new Map<string, string>();
  for (const m of (rels ?? "").matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attribute(m[1] ?? "", "Id");
    const target = attribute(m[1] ?? "", "Target");
    if (id === undefined || target === undefined) continue;
    targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of (book ?? "").matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const attrs = m[1] ?? "";
    const name = attribute(attrs, "name");
    const rid = /\br:id="([^"]*)"/.exec(attrs)?.[1] ?? attribute(attrs, "id");
    const target = rid === undefined ? undefined : targets.get(rid);
    if (name !== undefined && target !== undefined) out.set(name, target);
  }
  return out;
}

/** Every cell tag's address and style index. */
function* cellStyles(sheetXml: string): Generator<[string, number]> {
  for (const m of sheetXml.matchAll(/<c\b([^>]*)>/g)) {
    const attrs = m[1] ?? "";
    const s = attribute(attrs, "s");
    const r = attribute(attrs, "r");
    if (s !== undefined && r !== undefined) yield [r, Number(s)];
  }
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return m?.[1] === undefined ? undefined : decodeXml(m[1]);
}

const ENTITIES: Readonly<Record<string, string>> = {
  quot: '"',
  amp: "&",
  lt: "<",
  gt: ">",
  apos: "'",
};

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(
        e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1))
      );
    return ENTITIES[e] ?? all;
  });
}
