import * as ExcelJS from "exceljs";
import { HostError } from "../core";
import { excelJsFromPackage } from "./package/excelJsFromPackage";
import { readableCopy } from "./package/readableCopy";
import { ZipPackage } from "./package/zipPackage";
import { restoreRawNumberFormats } from "./rawNumberFormats";

/** What the first bytes of a file say it is. */
export type FileKind = "zip" | "cfb" | "other";

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary: an encrypted OOXML workbook (Excel "Encrypt with Password") or an old .xls. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The end-of-central-directory record: a zip cut short (truncated download) lacks it. */
const END_OF_ZIP_DIRECTORY = "PK\u0005\u0006";

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** @example sniffFileKind(new Uint8Array([0x50, 0x4b, 3, 4])) === "zip" */
export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP_SIGNATURE)) return "zip";
  if (startsWith(bytes, CFB_SIGNATURE)) return "cfb";
  return "other";
}

/** True when the zip's directory names this part (entry names are stored uncompressed). */
export function zipHasEntry(bytes: Uint8Array, name: string): boolean {
  const needle = Array.from(name, (ch) => ch.charCodeAt(0));
  const first = needle[0] as number;
  outer: for (
    let i = bytes.indexOf(first);
    i >= 0 && i <= bytes.length - needle.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export function toUint8Array(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function describe(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split("\n")[0]?.slice(0, 160) ?? "";
}

/** A workbook as read: ExcelJS's model, the file's own bytes, and the bytes ExcelJS read (see `readableCopy`). */
export type OpenedWorkbook = {
  readonly workbook: ExcelJS.Workbook;
  readonly original: Uint8Array;
  readonly readable: Uint8Array;
};

/** An XML parser's error ("…:3:14: unclosed tag"): the part is not well-formed, so the package is broken. */
const isMalformedXml = (e: unknown): boolean =>
  /(^|:)\d+:\d+: /.test(e instanceof Error ? e.message : String(e));

/**
 * ExcelJS's model of `readable` bytes, with number formats as written in the package (the host's reading and the
 * writer's picture of the file as it was must be the same). `pkg`: those bytes already open (their parts read so far
 * are not inflated again). @throws whatever ExcelJS or JSZip throws
 */
export async function loadExcelJs(
  readable: Uint8Array,
  pkg?: ZipPackage
): Promise<ExcelJS.Workbook> {
  const open = pkg ?? (await ZipPackage.open(readable));
  const workbook = await excelJsFromPackage(open, readable);
  await restoreRawNumberFormats(workbook, (name) => open.text(name));
  return workbook;
}

/**
 * Load .xlsx bytes into an ExcelJS workbook, turning every failure into a HostError:
 * NOT_XLSX (not a zip, or a zip without a workbook part), OPEN_DOCUMENT (an .ods), ENCRYPTED_OR_XLS (CFB container),
 * CORRUPT (not a valid package: a truncated or unreadable zip, a part that is not XML), UNREADABLE_CONTENT (a valid
 * package with content ExcelJS cannot read even from its readable copy), EMPTY_WORKBOOK (no worksheet).
 * Number formats are the codes as written in the package (`0.00\%` stays a literal percent sign; see
 * rawNumberFormats.ts).
 * `file` is only used in the message ("" when unknown).
 * @throws HostError
 */
export async function openWorkbook(
  data: ArrayBuffer | Uint8Array,
  file = ""
): Promise<OpenedWorkbook> {
  const bytes = toUint8Array(data);
  const kind = sniffFileKind(bytes);
  if (kind === "cfb") throw new HostError("ENCRYPTED_OR_XLS", { file });
  if (kind === "other") throw new HostError("NOT_XLSX", { file });
  const complete = zipHasEntry(bytes, END_OF_ZIP_DIRECTORY);
  if (!complete)
    throw new HostError("CORRUPT", { file, detail: "zip: end of central directory missing" });
  if (!zipHasEntry(bytes, "xl/workbook.xml"))
    // An .ods names its kind in its first, uncompressed entry ("mimetype").
    throw new HostError(
      zipHasEntry(bytes, "application/vnd.oasis.opendocument.spreadsheet")
        ? "OPEN_DOCUMENT"
        : "NOT_XLSX",
      { file }
    );
  let readable: Uint8Array;
  let pkg: ZipPackage;
  try {
    pkg = await ZipPackage.open(bytes);
    readable = await readableCopy(pkg, bytes);
  } catch (e) {
    throw new HostError("CORRUPT", { file, detail: `zip: ${describe(e)}` }, e);
  }
  let workbook: ExcelJS.Workbook;
  try {
    // the package as the readable copy left it: its parts are what ExcelJS reads, inflated once
    workbook = await loadExcelJs(readable, pkg);
  } catch (e) {
    const code = isMalformedXml(e) ? "CORRUPT" : "UNREADABLE_CONTENT";
    throw new HostError(code, { file, detail: describe(e) }, e);
  }
  if (workbook.worksheets.length === 0) throw new HostError("EMPTY_WORKBOOK", { file });
  return { workbook, original: bytes, readable };
}
