import * as fs from "fs";
import * as path from "path";
import { HostError } from "../core";
import type { Lang } from "../core";
import { XlsxHost } from "../xlsx/XlsxHost";
import { CliError } from "./CliError";
import { cliMessages } from "./messages";

function errnoCode(e: unknown): string {
  return typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string"
    ? (e as { code: string }).code
    : "";
}

function reasonOf(e: unknown, lang: Lang): string {
  const code = errnoCode(e);
  if (code === "EISDIR") return cliMessages[lang].isDirectory as string;
  if (code === "EACCES" || code === "EPERM") return cliMessages[lang].permissionDenied as string;
  return code || (e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e));
}

/**
 * Read an .xlsx file into an XlsxHost.
 * @throws HostError FILE_NOT_FOUND, FILE_UNREADABLE, NOT_XLSX, ENCRYPTED_OR_XLS, CORRUPT, UNREADABLE_CONTENT, EMPTY_WORKBOOK
 */
export async function openWorkbookFile(
  file: string,
  lang: Lang
): Promise<{ host: XlsxHost; bytes: Uint8Array }> {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    if (errnoCode(e) === "ENOENT" || errnoCode(e) === "ENOTDIR")
      throw new HostError("FILE_NOT_FOUND", { file }, e);
    throw new HostError("FILE_UNREADABLE", { file, detail: reasonOf(e, lang) }, e);
  }
  return { host: await XlsxHost.fromBuffer(bytes, file), bytes };
}

function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** @throws CliError sameOutput when OUT is the input file (by path, link or inode). */
export function assertDifferentOutput(input: string, output: string): void {
  if (sameFile(input, output)) throw new CliError("sameOutput", { file: output });
}

/**
 * Write bytes to `file` atomically: a temp file in the same folder, flushed, then renamed over the target.
 * The temp file is removed if anything fails, so `file` is either the old content or the whole new one.
 * @throws HostError WRITE_FAILED
 */
export function writeFileAtomic(file: string, data: Uint8Array, lang: Lang): void {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(
    dir,
    `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`
  );
  try {
    const fd = fs.openSync(tmp, "wx");
    try {
      fs.writeSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // the temp file was never created
    }
    throw new HostError("WRITE_FAILED", { file, detail: reasonOf(e, lang) }, e);
  }
}
