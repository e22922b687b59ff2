import { fromA1, toA1 } from "../../core";
import { cellsOf, rowsOf } from "./cells";
import type { RowSpan } from "./cells";
import type { Edit } from "./xml";
import {
  applyEdits,
  childElements,
  getAttr,
  inPart,
  putChild,
  rootElement,
  setAttr,
  splice,
} from "./xml";

/** The children of worksheet in schema order (ECMA-376 CT_Worksheet). */
export const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** New cell text per row and column; null removes the cell. */
export type CellPatches = Map<number, Map<number, string | null>>;

function rebuildRow(
  xml: string,
  row: RowSpan,
  patches: Map<number, string | null>,
  wrap: (e: string) => string
): string {
  const cells = cellsOf(xml, row);
  for (const [col, text] of patches) {
    if (text === null) cells.delete(col);
    else cells.set(col, wrap(text));
  }
  const body = [...cells.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, text]) => text)
    .join("");
  // `spans` is only an optimisation hint; a patched row may reach beyond it, so it goes.
  const open = setAttr(setAttr(row.open, "spans", undefined), "r", String(row.r)).replace(
    /\s*\/>$/,
    ">"
  );
  return `${open}${body}</${row.name}>`;
}

/** Grow the `dimension` ref so it covers every patched cell. */
function growDimension(xml: string, patches: CellPatches): string {
  const root = rootElement(xml);
  const dim = childElements(xml, root.innerStart, root.innerEnd).find(
    (e) => e.local === "dimension"
  );
  const ref = dim ? getAttr(dim.open, "ref") : undefined;
  if (!dim || ref === undefined) return xml;
  const [a = "A1", b = a] = ref.split(":");
  let tl: { row: number; col: number };
  let br: { row: number; col: number };
  try {
    tl = fromA1(a);
    br = fromA1(b);
  } catch {
    return xml;
  }
  for (const [r, cols] of patches)
    for (const [c, text] of cols) {
      if (text === null) continue;
      tl = { row: Math.min(tl.row, r), col: Math.min(tl.col, c) };
      br = { row: Math.max(br.row, r), col: Math.max(br.col, c) };
    }
  const next = `${toA1(tl.row, tl.col)}:${toA1(br.row, br.col)}`;
  return next === ref
    ? xml
    : splice(xml, dim.start, dim.start + dim.open.length, setAttr(dim.open, "ref", next));
}

/**
 * The sheet with the patched cells written into their rows (rows created in order where missing); every other
 * row and cell stays as it was, byte for byte.
 */
export function patchCells(xml: string, patches: CellPatches): string {
  if (patches.size === 0) return xml;
  let root = rootElement(xml);
  let sheetData = childElements(xml, root.innerStart, root.innerEnd).find(
    (e) => e.local === "sheetData"
  );
  if (!sheetData) {
    xml = putChild(
      xml,
      root,
      "sheetData",
      inPart(root, "<sheetData></sheetData>"),
      WORKSHEET_ORDER
    );
    root = rootElement(xml);
    sheetData = childElements(xml, root.innerStart, root.innerEnd).find(
      (e) => e.local === "sheetData"
    );
  }
  if (!sheetData) throw new Error("sheetData missing");
  if (sheetData.open.endsWith("/>")) {
    const open = sheetData.open.replace(/\s*\/>$/, ">");
    xml = splice(xml, sheetData.start, sheetData.end, `${open}</${sheetData.name}>`);
    root = rootElement(xml);
    sheetData = childElements(xml, root.innerStart, root.innerEnd).find(
      (e) => e.local === "sheetData"
    );
    if (!sheetData) throw new Error("sheetData missing");
  }
  const wrap = (e: string): string => inPart(root, e);
  const rows = rowsOf(xml, sheetData);
  const byNumber = new Map(rows.map((r) => [r.r, r]));
  const edits: Edit[] = [];
  const inserts = new Map<number, string[]>();
  let next = 0;
  for (const r of [...patches.keys()].sort((a, b) => a - b)) {
    const cols = patches.get(r) as Map<number, string | null>;
    const row = byNumber.get(r);
    if (row) {
      edits.push({ start: row.start, end: row.end, text: rebuildRow(xml, row, cols, wrap) });
      continue;
    }
    const cells = [...cols.entries()].filter((e): e is [number, string] => e[1] !== null);
    if (cells.length === 0) continue;
    const body = cells
      .sort((a, b) => a[0] - b[0])
      .map(([, t]) => t)
      .join("");
    // Rows and patches are both in ascending order: the first row after r is found by walking forward once.
    while (next < rows.length && (rows[next] as RowSpan).r <= r) next++;
    const at = rows[next]?.start ?? sheetData.innerEnd;
    const list = inserts.get(at) ?? [];
    list.push(wrap(`<row r="${r}">${body}</row>`));
    inserts.set(at, list);
  }
  for (const [at, list] of inserts) edits.push({ start: at, end: at, text: list.join("") });
  const out = applyEdits(xml, edits);
  return growDimension(out, patches);
}

/** Replace (or add, in schema order, or remove when null) one child element of the worksheet. */
export function putSheetElement(xml: string, local: string, element: string | null): string {
  const root = rootElement(xml);
  return putChild(
    xml,
    root,
    local,
    element === null ? null : inPart(root, element),
    WORKSHEET_ORDER
  );
}
