import type * as ExcelJS from "exceljs";
import { readRels, REL_TYPES, relsPathOf, resolveTarget } from "./opc";
import type { SharedStrings } from "./sharedStrings";
import type { StyleTransplant } from "./styles";
import { sheetEntries } from "./workbookPart";
import type { ZipPackage } from "./zipPackage";

/** The workbook part and its relationships, as the package's root relationships name it. */
async function workbookPartOf(pkg: ZipPackage): Promise<string> {
  const root = readRels(await pkg.text("_rels/.rels"));
  const doc = root.find((r) => r.type === REL_TYPES.officeDocument);
  return doc ? resolveTarget("", doc.target) : "xl/workbook.xml";
}

export type Book = {
  readonly part: string;
  readonly relsPart: string;
  /** Sheet name → worksheet part path, in workbook order. */
  readonly sheets: Map<string, string>;
};

export async function bookOf(pkg: ZipPackage): Promise<Book> {
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
export async function relatedPart(
  pkg: ZipPackage,
  book: Book,
  type: string
): Promise<string | undefined> {
  const rel = readRels(await pkg.text(book.relsPart)).find((r) => r.type === type);
  return rel ? resolveTarget(book.part, rel.target) : undefined;
}

export async function mustText(pkg: ZipPackage, part: string): Promise<string> {
  const text = await pkg.text(part);
  if (text === undefined) throw new Error(`part ${part} missing`);
  return text;
}

/** What the writer works with: the file's package, ExcelJS's package of the same workbook, and the transplants. */
export type Context = {
  readonly orig: ZipPackage;
  readonly gen: ZipPackage;
  readonly book: Book;
  readonly genBook: Book;
  readonly styles: StyleTransplant;
  readonly strings: SharedStrings;
  readonly current: ExcelJS.Workbook;
};
