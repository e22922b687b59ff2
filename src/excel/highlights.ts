import type { ExcelSession } from "./session";
import { guard } from "./session";

/** Fill used by `highlight` (light yellow, the same as the xlsx host). */
export const HIGHLIGHT_COLOR = "#FFEB9C";
/**
 * The highlight: a custom conditional format over each cell, always true (`N` of a text is 0), filling it light
 * yellow. The text is the signature that tells our highlights from the officer's rules in a later session.
 */
export const HIGHLIGHT_RULE = '=N("giamngheo.highlight")=0';
/** The whole sheet, to find highlights left by an earlier session wherever they are. */
const WHOLE_SHEET = "A1:XFD1048576";

const isOurRule = (formula: string) =>
  formula.replace(/\s/g, "").toLowerCase() === HIGHLIGHT_RULE.toLowerCase();

type Highlight = { readonly sheet: string; readonly address: string; readonly id: string };

/**
 * Highlights as custom conditional formats (ExcelApi 1.6): they overlay a fill without touching the cell's own,
 * so nothing of the officer's formatting is lost whatever the Excel version. The ids are remembered for removal.
 */
export class Highlights {
  private list: Highlight[] = [];
  /** Whether this session has looked for highlights an earlier session left in the workbook. */
  private swept = false;

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
    if (!this.swept && this.session.supports("ExcelApi", "1.6")) return this.sweep();
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

  /**
   * The session's first clear also removes highlights left by an earlier one (the pane closed with them on, the
   * workbook saved): recognised by their rule's signature, anywhere in the workbook. Sync 1: the sheets; 2: each
   * sheet's conditional formats (`items/id, items/type`); 3: the custom ones' rules; 4: delete ours. Stops after
   * 2 when no sheet has a custom conditional format.
   */
  private async sweep(): Promise<void> {
    const ids = new Set(this.list.map((h) => h.id));
    await guard(this.session, "", async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const all = sheets.items.map((ws) => {
        const formats = ws.getRange(WHOLE_SHEET).conditionalFormats;
        formats.load("items/id, items/type");
        return formats;
      });
      await context.sync();
      const custom = all.flatMap((f) => f.items.filter((cf) => cf.type === "Custom"));
      if (custom.length === 0) return;
      for (const cf of custom) cf.load("custom/rule/formula");
      await context.sync();
      for (const cf of custom) if (ids.has(cf.id) || isOurRule(cf.custom.rule.formula)) cf.delete();
      await context.sync();
    });
    this.swept = true;
    this.list = [];
  }
}
