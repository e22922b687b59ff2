import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ZipPackage } from "./zipPackage";

/** What ExcelJS's `load` reads of one JSZip entry. */
type EntryLike = {
  readonly name: string;
  readonly dir: boolean;
  async(type: string): Promise<unknown>;
};

type LoadAsync = (data: unknown, options?: unknown) => Promise<unknown>;

/**
 * The package's parts as ExcelJS reads a JSZip: each entry's text is the one the package already inflated (the
 * readable copy read every xl/*.xml), so nothing is inflated twice; other parts are inflated here, once.
 */
function zipLike(pkg: ZipPackage): { readonly files: Record<string, EntryLike> } {
  const encoder = new TextEncoder();
  const files: Record<string, EntryLike> = {};
  for (const name of pkg.parts())
    files[name] = {
      name,
      dir: false,
      async(type: string): Promise<unknown> {
        if (type === "string") return pkg.text(name);
        if (type !== "nodebuffer" && type !== "uint8array")
          return Promise.reject(new Error(`entry read as ${type}`));
        // a theme: its text is at hand; media: inflated once, here
        const text = pkg.loadedText(name);
        return text !== undefined ? Promise.resolve(encoder.encode(text)) : pkg.binary(name);
      },
    };
  return { files };
}

/**
 * ExcelJS's workbook of `bytes`, read from `pkg` (the same package, held open, with the readable copy's edits) so
 * that no part is inflated a second time.
 *
 * Depends on ExcelJS 4.4.0 internals (node build, lib/xlsx/xlsx.js `XLSX#load`): `load` calls `JSZip.loadAsync(data)`
 * of the `jszip` module this project imports before its first `await`, then reads only `Object.values(zip.files)`
 * and each entry's `dir`, `name` and `async("string" | "nodebuffer")`. For that one synchronous call,
 * `JSZip.loadAsync` answers the object above when handed these very bytes (and is restored at once: no other load
 * can see it). Where that seam is missing — ExcelJS's browser build bundles its own JSZip, a later ExcelJS loads
 * otherwise — `JSZip.loadAsync` is never called with the patch in place and ExcelJS reads `bytes` itself, as
 * before; if ExcelJS fails on the object handed, the bytes are read again the plain way and that reading decides.
 * @throws whatever ExcelJS throws for these bytes
 */
export async function excelJsFromPackage(
  pkg: ZipPackage,
  bytes: Uint8Array
): Promise<ExcelJS.Workbook> {
  const jszip = JSZip as unknown as { loadAsync: LoadAsync };
  const real = jszip.loadAsync;
  let handed = false;
  jszip.loadAsync = function (this: unknown, data, options) {
    if (data !== bytes || handed) return real.call(this, data, options);
    handed = true;
    return Promise.resolve(zipLike(pkg));
  };
  const workbook = new ExcelJS.Workbook();
  let loading: Promise<unknown>;
  try {
    // ExcelJS' typings ask for a node Buffer; JSZip underneath accepts any Uint8Array / ArrayBuffer.
    loading = workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } finally {
    jszip.loadAsync = real;
  }
  try {
    await loading;
    return workbook;
  } catch (e) {
    if (!handed) throw e;
  }
  const plain = new ExcelJS.Workbook();
  await plain.xlsx.load(bytes as unknown as ArrayBuffer);
  return plain;
}
