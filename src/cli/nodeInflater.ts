import * as zlib from "zlib";
import { setInflater } from "../xlsx/package/nativeInflate";

/**
 * Node's zlib for the parts of every workbook the CLI opens (native inflate; JSZip's pure-JS inflate cost the
 * province consolidation more than ExcelJS's parsing), decoding UTF-8 as JSZip does in node (Buffer#toString).
 */
export function installNodeInflater(): void {
  setInflater({
    inflateRaw: (data) => zlib.inflateRawSync(data),
    utf8: (data) => Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("utf-8"),
  });
}
