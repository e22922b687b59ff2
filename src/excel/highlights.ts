import type { ExcelSession } from "./session";
import { guard } from "./session";

/** Fill used by `highlight` (light yellow, the same as the xlsx host). */
export const HIGHLIGHT_COLOR = "#FFEB9C";
/** The highlight: a custom conditional format over each cell, always true, filling it light yellow. */
const HIGHLIGHT_RULE = "=TRUE";

type Highlight = { readonly sheet: string; readonly address: string; readonly id: string };

/**
 * Highlights as custom conditional formats (ExcelApi 1.6): they overlay a fill without touching the cell's own,
 * so nothing of the officer's formatting is lost whatever the Excel version. The ids are remembered for removal.
 */
export class Highlights {
  private list: Highlight[] = [];

  constructor(private readonly session: ExcelSession) {}

  /** One sync: a conditional format per cell not highlighted yet. */
  async highlight(sheet: string, addresses: readonly string[]): Promise<void> {
    if (addresses.length === 0 || !this.session.supports("ExcelApi", "1.6")) return;
    await guard(this.session, sheet, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const fresh = [...new Set(addresses)].filter(
        (a) => !this.list.some((h) => h.sheet === sheet && h.address === a)
      );
      const added = fresh.map((address) => {
        const cf = ws.getRange(address).conditionalFormats.add("Custom");
        cf.custom.rule.formula = HIGHLIGHT_RULE;
        cf.custom.format.fill.color = HIGHLIGHT_COLOR;
        cf.load("id");
        return { address, cf };
      });
      await context.sync();
      for (const { address, cf } of added) this.list.push({ sheet, address, id: cf.id });
    });
  }

  /**
   * Sync 1: which sheets still exist; 2: the conditional formats over each highlighted cell (`items/id`, ExcelApi
   * 1.6 — `getItemOrNullObject` would need 1.14); 3: delete ours among them.
   */
  async clear(): Promise<void> {
    if (this.list.length === 0) return;
    const restore = this.list;
    await guard(this.session, "", async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const existing = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      const found = restore
        .filter((h) => existing.has(h.sheet.toLowerCase()))
        .map((h) => {
          const formats = sheets.getItem(h.sheet).getRange(h.address).conditionalFormats;
          formats.load("items/id");
          return { h, formats };
        });
      if (found.length === 0) return;
      await context.sync();
      const ours = new Set(restore.map((h) => h.id));
      const deleted = new Set<string>();
      for (const { formats } of found)
        for (const cf of formats.items)
          if (ours.has(cf.id) && !deleted.has(cf.id)) {
            deleted.add(cf.id);
            cf.delete();
          }
      await context.sync();
    });
    this.list = [];
  }
}
