import JSZip from "jszip";
import { inflateEntry, inflater, zipEntries } from "./nativeInflate";

/**
 * An .xlsx package held open with JSZip: parts are read as text on demand and written back only when changed, so
 * every other part (charts, images, pivot caches, custom XML …) is carried over untouched. A part read as text is
 * kept: reading it again (the readable copy, then ExcelJS, then the raw number formats) does not inflate it again.
 */
export class ZipPackage {
  private readonly names = new Map<string, string>();
  private readonly edited = new Map<string, string>();
  private readonly inflated = new Map<string, string>();

  /** The parts as stored in the bytes opened, inflated natively when the platform can (see nativeInflate.ts). */
  private readonly stored: ReturnType<typeof zipEntries>;

  private constructor(
    private readonly zip: JSZip,
    bytes: Uint8Array
  ) {
    this.stored = inflater() ? zipEntries(bytes) : new Map();
    for (const name of Object.keys(zip.files))
      if (!zip.files[name]?.dir) this.names.set(name.toLowerCase(), name);
  }

  /** @throws whatever JSZip throws for bytes that are not a readable zip */
  static async open(bytes: Uint8Array): Promise<ZipPackage> {
    return new ZipPackage(await JSZip.loadAsync(bytes), bytes);
  }

  /** The part's name as stored (part names are case-insensitive in a package), or undefined. */
  find(part: string): string | undefined {
    return this.names.get(part.toLowerCase());
  }

  has(part: string): boolean {
    return this.find(part) !== undefined;
  }

  /** Every part name. */
  parts(): string[] {
    return [...this.names.values()];
  }

  async text(part: string): Promise<string | undefined> {
    const name = this.find(part);
    if (name === undefined) return undefined;
    const known = this.loadedText(name);
    if (known !== undefined) return known;
    const native = inflateEntry(this.stored.get(name));
    const text = native ? inflater()?.utf8(native) : await this.zip.file(name)?.async("string");
    if (text !== undefined) this.inflated.set(name, text);
    return text;
  }

  /** The part's text when it was already read or set (nothing is inflated), else undefined. */
  loadedText(part: string): string | undefined {
    const name = this.find(part);
    if (name === undefined) return undefined;
    return this.edited.get(name) ?? this.inflated.get(name);
  }

  async binary(part: string): Promise<Uint8Array | undefined> {
    const name = this.find(part);
    if (name === undefined) return undefined;
    if (!this.edited.has(name)) {
      const native = inflateEntry(this.stored.get(name));
      if (native) return native;
    }
    return this.zip.file(name)?.async("uint8array");
  }

  setText(part: string, text: string): void {
    const name = this.find(part) ?? part;
    this.names.set(name.toLowerCase(), name);
    this.edited.set(name, text);
    this.zip.file(name, text, { createFolders: false });
  }

  setBinary(part: string, data: Uint8Array): void {
    const name = this.find(part) ?? part;
    this.names.set(name.toLowerCase(), name);
    this.edited.delete(name);
    this.inflated.delete(name);
    this.stored.delete(name);
    this.zip.file(name, data, { createFolders: false });
  }

  remove(part: string): void {
    const name = this.find(part);
    if (name === undefined) return;
    this.names.delete(name.toLowerCase());
    this.edited.delete(name);
    this.inflated.delete(name);
    this.stored.delete(name);
    this.zip.remove(name);
  }

  /** A part name not yet used: `xl/worksheets/sheet{n}.xml` with the smallest free n ≥ 1. */
  freeName(folder: string, stem: string, ext: string): string {
    for (let n = 1; ; n++) {
      const candidate = `${folder}/${stem}${n}.${ext}`;
      if (!this.has(candidate)) return candidate;
    }
  }

  async bytes(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }
}
