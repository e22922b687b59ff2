import { HostError } from "../core";
import type { XlSettings } from "./excelApi";
import { officeSettings } from "./officeRuntime";
import { toHostError } from "./toHostError";

/**
 * Per-workbook settings (`Office.context.document.settings`): written into the open document by `saveAsync`, they
 * reach the file only when the officer saves the workbook; they are outside undo.
 */
export class WorkbookSettings {
  constructor(
    private readonly override: XlSettings | undefined,
    private readonly timeoutMs: number
  ) {}

  load(key: string): string | null {
    const value = this.settings().get(key);
    return typeof value === "string" ? value : null;
  }

  async save(key: string, value: string): Promise<void> {
    const settings = this.settings();
    settings.set(key, value);
    let timer: ReturnType<typeof setTimeout> | undefined;
    // saveAsync may never call back (Excel on the web): the same timeout as every other call.
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new HostError("TIMEOUT", { seconds: Math.round(this.timeoutMs / 1000) })),
        this.timeoutMs
      );
    });
    const saved = new Promise<void>((resolve, reject) => {
      settings.saveAsync({}, (result) => {
        const ok = result.status === "succeeded" || result.status === 0;
        if (ok) resolve();
        else
          reject(
            new HostError("SETTINGS_FAILED", {
              detail: result.error?.message ?? String(result.status),
            })
          );
      });
    });
    try {
      await Promise.race([saved, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private settings(): XlSettings {
    if (this.override) return this.override;
    try {
      return officeSettings();
    } catch (e) {
      throw toHostError(e);
    }
  }
}
