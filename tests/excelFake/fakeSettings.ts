/**
 * `Office.context.document.settings` in memory: `set` is local until `saveAsync` succeeds, and `saveAsync` writes
 * into the open document only; the settings reach the file when the officer saves the workbook (`saveWorkbook`).
 */
export class FakeSettings {
  private readonly local = new Map<string, unknown>();
  /** In the open document (after saveAsync). */
  readonly saved = new Map<string, unknown>();
  /** In the file on disk (after the officer saves the workbook). */
  readonly inFile = new Map<string, unknown>();

  /** The officer saves the workbook (Ctrl+S). */
  saveWorkbook(): void {
    for (const [k, v] of this.saved) this.inFile.set(k, v);
  }
  private failSave: string | null = null;

  get(name: string): unknown {
    return this.local.has(name) ? this.local.get(name) : null;
  }
  set(name: string, value: unknown): void {
    this.local.set(name, value);
  }
  private hangSave = false;
  /** The next saveAsync never calls back. */
  hangNextSave(): void {
    this.hangSave = true;
  }
  /** The next saveAsync reports failure with this message. */
  failNextSave(message: string): void {
    this.failSave = message;
  }
  saveAsync(
    _options: { overwriteIfStale?: boolean },
    callback: (result: { status: unknown; error: { message: string } }) => void
  ): void {
    const failure = this.failSave;
    this.failSave = null;
    if (this.hangSave) {
      this.hangSave = false;
      return;
    }
    setTimeout(() => {
      if (failure !== null) {
        callback({ status: "failed", error: { message: failure } });
        return;
      }
      for (const [k, v] of this.local) this.saved.set(k, v);
      callback({ status: "succeeded", error: null as unknown as { message: string } });
    }, 0);
  }
}
