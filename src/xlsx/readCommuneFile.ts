import { findCommuneName, isHostError, readCommune } from "../core";
import type { CommuneReading, Grid } from "../core";
import { XlsxHost } from "./XlsxHost";

/**
 * Open one commune's .xlsx (bytes, so it runs in a worker thread, the CLI and the browser alike), read every
 * sheet and read the commune from it. Never throws: an encrypted, legacy .xls, corrupt or foreign file comes
 * back `readable: false` with the host's reason, named after its file.
 * @example await readCommuneFile(bytes, "binh-luong.xlsx") // { readable: true, name: "xã Bình Lương", … }
 */
export async function readCommuneFile(bytes: Uint8Array, file: string): Promise<CommuneReading> {
  try {
    const host = await XlsxHost.fromBuffer(bytes, file);
    const grids: Grid[] = [];
    for (const sheet of await host.listSheets()) grids.push(await host.readGrid(sheet));
    return readCommune(grids, file);
  } catch (e) {
    const { name, source } = findCommuneName([], file);
    const problem = isHostError(e)
      ? { kind: "host" as const, code: e.code, params: e.params }
      : {
          kind: "unexpected" as const,
          detail:
            (e instanceof Error ? e.message : String(e)).split(/\r?\n/)[0]?.slice(0, 200) ?? "",
        };
    return { file, readable: false, name, nameSource: source, problem };
  }
}
