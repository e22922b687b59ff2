import * as fs from "fs";
import { findCommuneName } from "../../core";
import type { CommuneReading } from "../../core";
import { readCommuneFile } from "../../xlsx/readCommuneFile";

/** Read one commune file from disk; a file that cannot be read comes back unreadable with the reason. */
export async function readCommunePath(file: string): Promise<CommuneReading> {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const { name, source } = findCommuneName([], file);
    const code = (e as { code?: unknown }).code;
    return {
      file,
      readable: false,
      name,
      nameSource: source,
      problem: {
        kind: "host",
        code: "FILE_UNREADABLE",
        params: { file, detail: typeof code === "string" ? code : String(e) },
      },
    };
  }
  return readCommuneFile(bytes, file);
}
