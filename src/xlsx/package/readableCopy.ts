import { ZipPackage } from "./zipPackage";

const P = "(?:[\\w.-]+:)?";

/** Remove every element named `local` (any prefix), with its content. */
function strip(xml: string, local: string): string {
  const selfClosing = new RegExp(`<${P}${local}\\b[^>]*/>`, "g");
  const open = new RegExp(`<(${P}${local})\\b[^>]*>[\\s\\S]*?</\\1>`, "g");
  return xml.replace(selfClosing, "").replace(open, "");
}

/**
 * What ExcelJS cannot parse in a table part, though Excel writes it (exceljs#1240, #1788): filter criteria and
 * sort state of the table's autoFilter, calculated-column and totals-row formulas (structured references), XML
 * maps and extensions. Only the copy ExcelJS reads loses them; the file written keeps the original part.
 * The header row is stated: ExcelJS reads a table without `headerRowCount` (the schema's default, one header row)
 * as a table without one, which would move the table's body up a row.
 */
export function readableTable(xml: string): string {
  let out = xml.replace(/<table\b[^>]*>/, (tag) =>
    /\sheaderRowCount=/.test(tag) ? tag : tag.replace(/^<table\b/, '<table headerRowCount="1"')
  );
  for (const local of [
    "filterColumn",
    "sortState",
    "calculatedColumnFormula",
    "totalsRowFormula",
    "xmlColumnPr",
    "extLst",
  ])
    out = strip(out, local);
  return out;
}

/** A worksheet's autoFilter criteria and sort state (dynamic, custom, value and colour filters) ExcelJS cannot parse. */
export function readableSheet(xml: string): string {
  if (!/<(?:[\w.-]+:)?(filterColumn|sortState)\b/.test(xml)) return xml;
  return strip(strip(xml, "filterColumn"), "sortState");
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * A part whose SpreadsheetML elements carry a prefix (`<x:worksheet xmlns:x="…/main">`, as the Open XML SDK writes;
 * Excel reads it, ExcelJS does not) with the prefix dropped and SpreadsheetML made the default namespace.
 * Unchanged when the root has no prefix, or when the part already has another default namespace.
 */
export function unprefixed(xml: string): string {
  const root = /<(?![?!])(?:([\w.-]+):)?[\w.-]+[^>]*>/.exec(xml);
  const prefix = root?.[1];
  if (!root || prefix === undefined) return xml;
  if (!root[0].includes(`xmlns:${prefix}="${MAIN_NS}"`) || /\sxmlns="/.test(root[0])) return xml;
  return xml
    .replace(new RegExp(`<(/?)${prefix}:`, "g"), "<$1")
    .replace(`xmlns:${prefix}="${MAIN_NS}"`, `xmlns="${MAIN_NS}"`);
}

/**
 * The bytes ExcelJS reads: the package with the few constructs above removed from table and worksheet parts and
 * prefixes dropped, or the very same bytes when there are none. The original bytes stay the source of the file written.
 */
export async function readableCopy(pkg: ZipPackage, original: Uint8Array): Promise<Uint8Array> {
  let changed = false;
  for (const part of pkg.parts()) {
    if (!/^xl\/.*\.xml$/i.test(part)) continue;
    const table = /^xl\/tables\/[^/]+\.xml$/i.test(part);
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(part);
    const xml = (await pkg.text(part)) ?? "";
    const plain = unprefixed(xml);
    const next = table ? readableTable(plain) : sheet ? readableSheet(plain) : plain;
    if (next !== xml) {
      pkg.setText(part, next);
      changed = true;
    }
  }
  return changed ? pkg.bytes() : original;
}
