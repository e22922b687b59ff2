import type * as ExcelJS from "exceljs";
import { addSheet, largestTableId, removeSheet } from "./addRemoveSheets";
import { bookOf, mustText, relatedPart } from "./book";
import type { Book, Context } from "./book";
import { diffWorkbooks } from "./diff";
import type { WorkbookChanges } from "./diff";
import {
  addRel,
  CONTENT_TYPE,
  CONTENT_TYPES,
  REL_TYPES,
  relativeTarget,
  removeContentType,
  removeRels,
  setContentType,
} from "./opc";
import { patchSheet } from "./patchSheet";
import { SharedStrings } from "./sharedStrings";
import { StyleTransplant } from "./styles";
import { definedNameXml, editDefinedNames, setFullCalcOnLoad } from "./workbookPart";
import { ZipPackage } from "./zipPackage";

const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

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
