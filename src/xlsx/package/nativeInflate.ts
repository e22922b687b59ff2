/**
 * A faster way to inflate a package's parts where the platform has one (node's zlib, installed by the CLI): JSZip
 * still opens the package and remains the reader of anything unusual; this only finds a part's compressed bytes in
 * the zip's central directory and inflates them natively. Whenever the entry is not the plain case (encrypted,
 * zip64, a name met twice or not ASCII, a size that does not match), the caller falls back to JSZip, so a broken zip
 * fails with JSZip's own error as before.
 */

/** Inflates raw deflate data and decodes UTF-8 as JSZip does on that platform. @throws on data that is not deflate */
export type Inflater = {
  readonly inflateRaw: (data: Uint8Array) => Uint8Array;
  readonly utf8: (data: Uint8Array) => string;
};

let installed: Inflater | null = null;

/** Called once by a host that has a native inflater (the CLI: node's zlib); null puts JSZip back alone. */
export function setInflater(inflater: Inflater | null): void {
  installed = inflater;
}

export const inflater = (): Inflater | null => installed;

type Entry = { readonly method: number; readonly size: number; readonly data: Uint8Array };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const FLAG_ENCRYPTED = 0x1;
const MAX_32 = 0xffffffff;

/**
 * The stored (method 0) and deflated (method 8) entries of a zip by name, their compressed bytes located through
 * the central directory and each local header; entries it cannot vouch for are left out. Empty when the zip is not
 * the plain case (no end record, zip64, a record out of place).
 */
export function zipEntries(bytes: Uint8Array): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  if (end < 0) return out;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === MAX_32) return out;
  const twice = new Set<string>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return new Map();
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const packed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const next =
      at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    at = next;
    if (nameBytes.some((b) => b >= 0x80)) continue;
    const name = String.fromCharCode(...nameBytes);
    if (name.endsWith("/")) continue; // a folder
    if (out.has(name) || twice.has(name)) {
      out.delete(name);
      twice.add(name);
      continue;
    }
    const plain = (method === 0 || method === 8) && (flags & FLAG_ENCRYPTED) === 0;
    if (!plain || packed === MAX_32 || size === MAX_32 || local + 30 > bytes.length) continue;
    if (view.getUint32(local, true) !== LOCAL) continue;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + packed > bytes.length) continue;
    out.set(name, { method, size, data: bytes.subarray(start, start + packed) });
  }
  return out;
}

/** The entry's bytes inflated natively, or undefined (no inflater, or not exactly the size the directory says). */
export function inflateEntry(entry: Entry | undefined): Uint8Array | undefined {
  const native = installed;
  if (!native || !entry) return undefined;
  let data: Uint8Array;
  try {
    data = entry.method === 0 ? entry.data : native.inflateRaw(entry.data);
  } catch {
    return undefined;
  }
  return data.length === entry.size ? data : undefined;
}
