import { cellsOf, remapCell, rowsOf } from "./cells";
import type { SharedStrings } from "./sharedStrings";
import type { StyleTransplant } from "./styles";
import { applyEdits, childElements, getAttr, rootElement, setAttr } from "./xml";
import type { Edit } from "./xml";

/**
 * A sheet ExcelJS wrote (a sheet the host created) made to mean the same in the original package: every cell's
 * style and shared-string index, row and column styles, and conditional formats' differential formats are mapped
 * into the original parts.
 */
export function remapSheet(xml: string, styles: StyleTransplant, strings: SharedStrings): string {
  const root = rootElement(xml);
  const children = childElements(xml, root.innerStart, root.innerEnd);
  const edits: Edit[] = [];
  for (const el of children) {
    if (el.local === "sheetData") {
      for (const row of rowsOf(xml, el)) {
        let open = row.open;
        const s = getAttr(open, "s");
        if (s !== undefined) open = setAttr(open, "s", String(styles.cellFormat(Number(s))));
        const cells = [...cellsOf(xml, row).values()].map((c) =>
          remapCell(c, styles, strings, { keepShared: true })
        );
        const text = row.open.endsWith("/>") ? open : `${open}${cells.join("")}</${row.name}>`;
        edits.push({ start: row.start, end: row.end, text });
      }
    } else if (el.local === "cols") {
      const text = xml.slice(el.start, el.end).replace(/<col\b[^>]*>/g, (col) => {
        const s = getAttr(col, "style");
        return s === undefined ? col : setAttr(col, "style", String(styles.cellFormat(Number(s))));
      });
      edits.push({ start: el.start, end: el.end, text });
    } else if (el.local === "conditionalFormatting") {
      const text = xml.slice(el.start, el.end).replace(/<cfRule\b[^>]*>/g, (rule) => {
        const d = getAttr(rule, "dxfId");
        return d === undefined
          ? rule
          : setAttr(rule, "dxfId", String(styles.differentialFormat(Number(d))));
      });
      edits.push({ start: el.start, end: el.end, text });
    }
  }
  return applyEdits(xml, edits);
}

/** One of ExcelJS's sheet-level elements (cols, mergeCells, …) ready for the original sheet, or null if absent. */
export function generatedElement(
  xml: string,
  local: string,
  styles: StyleTransplant
): string | null {
  const root = rootElement(xml);
  const el = childElements(xml, root.innerStart, root.innerEnd).find((e) => e.local === local);
  if (!el) return null;
  const text = xml.slice(el.start, el.end);
  if (local !== "cols") return text;
  return text.replace(/<col\b[^>]*>/g, (col) => {
    const s = getAttr(col, "style");
    return s === undefined ? col : setAttr(col, "style", String(styles.cellFormat(Number(s))));
  });
}
