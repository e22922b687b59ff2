import { cellsOf, remapCell, restyleCell, rowsOf, styleOf } from "./cells";
import { mustText } from "./book";
import type { Context } from "./book";
import type { SheetChanges } from "./diff";
import { generatedElement } from "./newSheet";
import { patchCells, putSheetElement } from "./sheetPatch";
import type { CellPatches } from "./sheetPatch";
import { childElements, getAttr, rootElement } from "./xml";

/** Patch one sheet of the file with what changed in it. */
export async function patchSheet(ctx: Context, name: string, changes: SheetChanges): Promise<void> {
  const part = ctx.book.sheets.get(name);
  const genPart = ctx.genBook.sheets.get(name);
  if (part === undefined || genPart === undefined) return;
  let xml = await mustText(ctx.orig, part);
  const genXml = await mustText(ctx.gen, genPart);
  const rowsWanted = new Set(changes.cells.keys());
  const rowsIn = (text: string) => {
    const root = rootElement(text);
    const data = childElements(text, root.innerStart, root.innerEnd).find(
      (e) => e.local === "sheetData"
    );
    const out = new Map<number, Map<number, string>>();
    if (!data) return out;
    for (const row of rowsOf(text, data))
      if (rowsWanted.has(row.r)) out.set(row.r, cellsOf(text, row));
    return out;
  };
  const origRows = rowsIn(xml);
  const genRows = rowsIn(genXml);
  const ws = ctx.current.getWorksheet(name);
  const patches: CellPatches = new Map();
  for (const [r, cols] of changes.cells) {
    const line = new Map<number, string | null>();
    for (const [c, change] of cols) {
      const before = origRows.get(r)?.get(c);
      const after = genRows.get(r)?.get(c);
      let text: string | null;
      if (!change.value) {
        // Only the format changed: the original content stays (rich text, shared formula, …).
        const s =
          after !== undefined ? getAttr(/^<[^>]*>/.exec(after)?.[0] ?? after, "s") : undefined;
        const mapped = s !== undefined ? ctx.styles.cellFormat(Number(s)) : 0;
        text =
          before !== undefined
            ? restyleCell(before, mapped)
            : after !== undefined
              ? remapCell(after, ctx.styles, ctx.strings)
              : null;
      } else if (after === undefined) {
        const keep = styleOf(before).s;
        text =
          !change.style && keep !== undefined
            ? `<c r="${/r="([^"]+)"/.exec(before ?? "")?.[1] ?? ""}" s="${keep}"/>`
            : null;
      } else {
        text = remapCell(after, ctx.styles, ctx.strings, {
          ...(change.style ? {} : { keepStyle: styleOf(before) }),
          formula: ws?.findCell(r, c)?.formula ?? "",
        });
      }
      line.set(c, text);
    }
    patches.set(r, line);
  }
  xml = patchCells(xml, patches);
  const elements: [boolean, string][] = [
    [changes.cols, "cols"],
    [changes.merges, "mergeCells"],
    [changes.validations, "dataValidations"],
    [changes.views, "sheetViews"],
  ];
  for (const [changed, local] of elements)
    if (changed) xml = putSheetElement(xml, local, generatedElement(genXml, local, ctx.styles));
  ctx.orig.setText(part, xml);
}
