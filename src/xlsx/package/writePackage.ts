import type * as ExcelJS from "exceljs";
import { cellsOf, remapCell, restyleCell, rowsOf, styleOf } from "./cells";
import { diffWorkbooks } from "./diff";
import type { SheetChanges, WorkbookChanges } from "./diff";
import { generatedElement, remapSheet } from "./newSheet";
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
import { SharedStrings } from "./sharedStrings";
import { patchCells, putSheetElement } from "./sheetPatch";
import type { CellPatches } from "./sheetPatch";
import { StyleTransplant } from "./styles";
import {
  appendSheet,
  definedNameXml,
  editDefinedNames,
  localNamesOf,
  removeSheetEntry,
  setFullCalcOnLoad,
  sheetEntries,
} from "./workbookPart";
import { childElements, getAttr, rootElement } from "./xml";
import { ZipPackage } from "./zipPackage";

const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** The workbook part and its relationships, as the package's root relationships name it. */
async function workbookPartOf(pkg: ZipPackage): Promise<string> {
  const root = readRels(await pkg.text("_rels/.rels"));
  const doc = root.find((r) => r.type === REL_TYPES.officeDocument);
  return doc ? resolveTarget("", doc.target) : "xl/workbook.xml";
}

type Book = {
  readonly part: string;
  readonly relsPart: string;
  /** Sheet name → worksheet part path, in workbook order. */
  readonly sheets: Map<string, string>;
};

async function bookOf(pkg: ZipPackage): Promise<Book> {
  const part = await workbookPartOf(pkg);
  const relsPart = relsPathOf(part);
  const rels = readRels(await pkg.text(relsPart));
  const xml = (await pkg.text(part)) ?? "";
  const sheets = new Map<string, string>();
  for (const s of sheetEntries(xml)) {
    const rel = rels.find((r) => r.id === s.rid);
    if (rel) sheets.set(s.name, resolveTarget(part, rel.target));
  }
  return { part, relsPart, sheets };
}

/** The part a workbook relationship of `type` points to (sharedStrings, styles, calcChain). */
async function relatedPart(pkg: ZipPackage, book: Book, type: string): Promise<string | undefined> {
  const rel = readRels(await pkg.text(book.relsPart)).find((r) => r.type === type);
  return rel ? resolveTarget(book.part, rel.target) : undefined;
}

async function mustText(pkg: ZipPackage, part: string): Promise<string> {
  const text = await pkg.text(part);
  if (text === undefined) throw new Error(`part ${part} missing`);
  return text;
}

type Context = {
  readonly orig: ZipPackage;
  readonly gen: ZipPackage;
  readonly book: Book;
  readonly genBook: Book;
  readonly styles: StyleTransplant;
  readonly strings: SharedStrings;
  readonly current: ExcelJS.Workbook;
};

/** Patch one sheet of the file with what changed in it. */
async function patchSheet(ctx: Context, name: string, changes: SheetChanges): Promise<void> {
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

/** Remove a sheet of the file: its entry, relationship, part, the part's relationships and local names. */
async function removeSheet(ctx: Context, name: string): Promise<void> {
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
async function largestTableId(pkg: ZipPackage): Promise<number> {
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
async function addSheet(ctx: Context, name: string, tableIds: { next: number }): Promise<void> {
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

/** Shared strings and styles parts of the file, created when it had none. */
async function ensurePart(
  pkg: ZipPackage,
  book: Book,
  type: string,
  part: string,
  contentType: string,
  text: string
): Promise<string> {
  const existing = await relatedPart(pkg, book, type);
  if (existing !== undefined && pkg.has(existing)) return existing;
  pkg.setText(part, text);
  const rels = addRel(await pkg.text(book.relsPart), type, relativeTarget(book.part, part));
  pkg.setText(book.relsPart, rels.xml);
  pkg.setText(CONTENT_TYPES, setContentType(await mustText(pkg, CONTENT_TYPES), part, contentType));
  return part;
}

async function dropCalcChain(pkg: ZipPackage, book: Book): Promise<void> {
  const part = await relatedPart(pkg, book, REL_TYPES.calcChain);
  if (part === undefined) return;
  pkg.remove(part);
  pkg.setText(
    book.relsPart,
    removeRels(await mustText(pkg, book.relsPart), (r) => r.type === REL_TYPES.calcChain)
  );
  pkg.setText(CONTENT_TYPES, removeContentType(await mustText(pkg, CONTENT_TYPES), part));
}

const nothingChanged = (c: WorkbookChanges): boolean =>
  c.changed.size === 0 &&
  c.added.length === 0 &&
  c.removed.length === 0 &&
  c.namesAdded.length === 0 &&
  c.namesRemoved.length === 0 &&
  !c.fullCalcOnLoad;

/**
 * Write the host's workbook into the ORIGINAL package: only what differs from the file as it was read (`pristine`)
 * is written — changed cells with the formats they need, merges, column widths, validations and views of changed
 * sheets, new sheets with their tables and print names, removed sheets, generated-sheet markers, the recalculation
 * flag. ExcelJS serialises the workbook once; its cells and styles are carried over, its other parts are not.
 */
export async function writeIntoPackage(
  original: Uint8Array,
  pristine: ExcelJS.Workbook,
  current: ExcelJS.Workbook
): Promise<Uint8Array> {
  const changes = diffWorkbooks(pristine, current);
  if (nothingChanged(changes)) return original;
  const generated = await current.xlsx.writeBuffer();
  const gen = await ZipPackage.open(
    generated instanceof Uint8Array ? generated : new Uint8Array(generated as ArrayBuffer)
  );
  const orig = await ZipPackage.open(original);
  const book = await bookOf(orig);
  const genBook = await bookOf(gen);
  const stylesPart = await ensurePart(
    orig,
    book,
    REL_TYPES.styles,
    "xl/styles.xml",
    STYLES_TYPE,
    MINIMAL_STYLES
  );
  const genStyles = await relatedPart(gen, genBook, REL_TYPES.styles);
  const genStrings = await relatedPart(gen, genBook, REL_TYPES.sharedStrings);
  const origStrings = await relatedPart(orig, book, REL_TYPES.sharedStrings);
  const ctx: Context = {
    orig,
    gen,
    book,
    genBook,
    styles: new StyleTransplant(
      await mustText(orig, stylesPart),
      genStyles ? await mustText(gen, genStyles) : MINIMAL_STYLES
    ),
    strings: new SharedStrings(
      origStrings !== undefined ? await orig.text(origStrings) : undefined,
      genStrings !== undefined ? await gen.text(genStrings) : undefined
    ),
    current,
  };
  for (const [name, c] of changes.changed) await patchSheet(ctx, name, c);
  for (const name of changes.removed) await removeSheet(ctx, name);
  const tableIds = { next: await largestTableId(orig) };
  for (const name of changes.added) await addSheet(ctx, name, tableIds);
  let wbXml = await mustText(orig, book.part);
  wbXml = editDefinedNames(wbXml, {
    removed: changes.namesRemoved,
    added: changes.namesAdded.map((n) => ({ xml: definedNameXml(n.name, n.ranges) })),
  });
  if (changes.fullCalcOnLoad) wbXml = setFullCalcOnLoad(wbXml);
  orig.setText(book.part, wbXml);
  if (changes.changed.size > 0 || changes.added.length > 0 || changes.removed.length > 0)
    await dropCalcChain(orig, book);
  if (ctx.styles.changed) orig.setText(stylesPart, ctx.styles.toXml());
  if (ctx.strings.changed) {
    const part = await ensurePart(
      orig,
      book,
      REL_TYPES.sharedStrings,
      "xl/sharedStrings.xml",
      CONTENT_TYPE.sharedStrings,
      ""
    );
    orig.setText(part, ctx.strings.toXml());
  }
  return orig.bytes();
}
