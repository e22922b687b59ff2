import { mustText } from "./book";
import type { Context } from "./book";
import { remapSheet } from "./newSheet";
import {
  addRel,
  CONTENT_TYPE,
  CONTENT_TYPES,
  contentTypeOf,
  readRels,
  REL_TYPES,
  relativeTarget,
  relsPathOf,
  removeContentType,
  removeRels,
  resolveTarget,
  setContentType,
} from "./opc";
import {
  appendSheet,
  editDefinedNames,
  localNamesOf,
  removeSheetEntry,
  sheetEntries,
} from "./workbookPart";
import type { ZipPackage } from "./zipPackage";

/** Remove a sheet of the file: its entry, relationship, part, the part's relationships and local names. */
export async function removeSheet(ctx: Context, name: string): Promise<void> {
  const wbXml = await mustText(ctx.orig, ctx.book.part);
  const index = sheetEntries(wbXml).findIndex((s) => s.name === name);
  const entry = sheetEntries(wbXml)[index];
  if (!entry) return;
  const part = ctx.book.sheets.get(name);
  let next = editDefinedNames(wbXml, { removed: [], removedSheet: index, added: [] });
  next = removeSheetEntry(next, index);
  ctx.orig.setText(ctx.book.part, next);
  const rels = await mustText(ctx.orig, ctx.book.relsPart);
  ctx.orig.setText(
    ctx.book.relsPart,
    removeRels(rels, (r) => r.id === entry.rid)
  );
  if (part !== undefined) {
    ctx.orig.remove(part);
    ctx.orig.remove(relsPathOf(part));
    ctx.orig.setText(
      CONTENT_TYPES,
      removeContentType(await mustText(ctx.orig, CONTENT_TYPES), part)
    );
  }
  ctx.book.sheets.delete(name);
}

/** Table ids are unique in a workbook: the largest one used by the file. */
export async function largestTableId(pkg: ZipPackage): Promise<number> {
  let max = 0;
  for (const part of pkg.parts()) {
    if (!/^xl\/tables\/[^/]+\.xml$/i.test(part)) continue;
    const id = Number(
      /<(?:\w+:)?table\b[^>]*\sid="(\d+)"/.exec((await pkg.text(part)) ?? "")?.[1] ?? 0
    );
    max = Math.max(max, id);
  }
  return max;
}

/** Add a sheet the host created, with the parts it refers to (tables) and its local names (print titles). */
export async function addSheet(
  ctx: Context,
  name: string,
  tableIds: { next: number }
): Promise<void> {
  const genPart = ctx.genBook.sheets.get(name);
  const ws = ctx.current.getWorksheet(name);
  if (genPart === undefined || !ws) return;
  const xml = remapSheet(await mustText(ctx.gen, genPart), ctx.styles, ctx.strings);
  const part = ctx.orig.freeName("xl/worksheets", "sheet", "xml");
  ctx.orig.setText(part, xml);
  let types = await mustText(ctx.orig, CONTENT_TYPES);
  types = setContentType(types, part, CONTENT_TYPE.worksheet);
  const genTypes = await mustText(ctx.gen, CONTENT_TYPES);
  let sheetRels: string | undefined;
  for (const rel of readRels(await ctx.gen.text(relsPathOf(genPart)))) {
    if (rel.external) {
      sheetRels = addRel(sheetRels, rel.type, rel.target).xml;
      continue;
    }
    const source = resolveTarget(genPart, rel.target);
    const folder = source.slice(0, source.lastIndexOf("/"));
    const file = source.slice(source.lastIndexOf("/") + 1);
    const stem = file.replace(/\d*\.[^.]+$/, "");
    const ext = file.slice(file.lastIndexOf(".") + 1);
    const target = ctx.orig.freeName(folder, stem, ext);
    let data = await ctx.gen.text(source);
    if (data !== undefined && /^xl\/tables\//i.test(source)) {
      const id = ++tableIds.next;
      data = data.replace(/(<(?:\w+:)?table\b[^>]*\sid=")\d+(")/, `$1${id}$2`);
    }
    if (data !== undefined) ctx.orig.setText(target, data);
    const type = contentTypeOf(genTypes, source);
    if (type !== undefined) types = setContentType(types, target, type);
    sheetRels = addRel(sheetRels, rel.type, relativeTarget(part, target)).xml;
    // The new sheet's XML names the relationship by ExcelJS's id: keep it by rewriting to the same id below.
  }
  if (sheetRels !== undefined) {
    // Ids were assigned in the same order as ExcelJS's, so map them back one to one.
    const genIds = readRels(await ctx.gen.text(relsPathOf(genPart))).map((r) => r.id);
    const newIds = readRels(sheetRels).map((r) => r.id);
    const ids = new Map(genIds.map((id, i) => [id, newIds[i] ?? id]));
    const text = xml.replace(
      /(\sr:id=")([^"]*)(")/g,
      (m, open: string, id: string, close: string) =>
        ids.has(id) ? `${open}${ids.get(id) ?? id}${close}` : m
    );
    ctx.orig.setText(part, text);
    ctx.orig.setText(relsPathOf(part), sheetRels);
  }
  ctx.orig.setText(CONTENT_TYPES, types);
  const rels = addRel(
    await ctx.orig.text(ctx.book.relsPart),
    REL_TYPES.worksheet,
    relativeTarget(ctx.book.part, part)
  );
  ctx.orig.setText(ctx.book.relsPart, rels.xml);
  const wbXml = appendSheet(
    await mustText(ctx.orig, ctx.book.part),
    name,
    rels.id,
    ws.state ?? "visible"
  );
  const index = sheetEntries(wbXml).length - 1;
  const genWb = await mustText(ctx.gen, ctx.genBook.part);
  const genIndex = sheetEntries(genWb).findIndex((s) => s.name === name);
  const local = localNamesOf(genWb, genIndex).map((x) => ({ local: index, xml: x }));
  ctx.orig.setText(ctx.book.part, editDefinedNames(wbXml, { removed: [], added: local }));
  ctx.book.sheets.set(name, part);
}
