import { childElements, getAttr, inPart, putChild, rootElement, setAttr, splice } from "./xml";
import type { XmlElement } from "./xml";

/** The children of styleSheet in schema order (ECMA-376 CT_Stylesheet). */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

/** Custom number formats start at 164 (0–163 are built in). */
const FIRST_CUSTOM_FORMAT = 164;

type List = { readonly items: string[]; readonly added: string[] };

function listOf(xml: string, root: XmlElement, local: string): string[] {
  const el = childElements(xml, root.innerStart, root.innerEnd).find((e) => e.local === local);
  if (!el) return [];
  return childElements(xml, el.innerStart, el.innerEnd).map((e) => xml.slice(e.start, e.end));
}

/**
 * Styles of patched cells carried from ExcelJS's styles part into the original one: fonts, fills, borders, number
 * formats, cell formats and differential formats are appended (an identical entry is reused), so every style
 * index the original sheets use keeps its meaning.
 */
export class StyleTransplant {
  private readonly root: XmlElement;
  private readonly lists = new Map<string, List>();
  private readonly genFormats = new Map<number, string>();
  private readonly formats = new Map<string, number>();
  private readonly addedFormats: string[] = [];
  private nextFormat = FIRST_CUSTOM_FORMAT;
  private readonly generated: { xml: string; root: XmlElement };
  private readonly xfCache = new Map<number, number>();

  constructor(
    private readonly original: string,
    generated: string
  ) {
    this.root = rootElement(original);
    this.generated = { xml: generated, root: rootElement(generated) };
    for (const local of ["fonts", "fills", "borders", "cellXfs", "dxfs"])
      this.lists.set(local, { items: listOf(original, this.root, local), added: [] });
    for (const f of listOf(original, this.root, "numFmts")) {
      const id = Number(getAttr(f, "numFmtId"));
      const code = getAttr(f, "formatCode");
      if (code !== undefined && !this.formats.has(code)) this.formats.set(code, id);
      if (id >= this.nextFormat) this.nextFormat = id + 1;
    }
    for (const f of listOf(generated, this.generated.root, "numFmts"))
      this.genFormats.set(Number(getAttr(f, "numFmtId")), getAttr(f, "formatCode") ?? "General");
  }

  private genItem(local: string, index: number): string {
    const item = listOf(this.generated.xml, this.generated.root, local)[index];
    if (item === undefined) throw new Error(`${local}[${index}] missing in the generated styles`);
    return item;
  }

  private put(local: string, item: string): number {
    const list = this.lists.get(local) as List;
    const at = list.items.indexOf(item);
    if (at >= 0) return at;
    const added = list.added.indexOf(item);
    if (added >= 0) return list.items.length + added;
    list.added.push(item);
    return list.items.length + list.added.length - 1;
  }

  private format(id: number): number {
    if (id < FIRST_CUSTOM_FORMAT) return id;
    const code = this.genFormats.get(id) ?? "General";
    const known = this.formats.get(code);
    if (known !== undefined) return known;
    const mine = this.nextFormat++;
    this.formats.set(code, mine);
    this.addedFormats.push(
      `<numFmt numFmtId="${mine}" formatCode="${code.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;")}"/>`
    );
    return mine;
  }

  /** The original part's cell-format index for ExcelJS's cell format `index`. */
  cellFormat(index: number): number {
    const cached = this.xfCache.get(index);
    if (cached !== undefined) return cached;
    const xf = this.genItem("cellXfs", index);
    let open = /^<[^>]*?\/?>/.exec(xf)?.[0] ?? xf;
    open = setAttr(open, "numFmtId", String(this.format(Number(getAttr(open, "numFmtId") ?? 0))));
    for (const [attr, local] of [
      ["fontId", "fonts"],
      ["fillId", "fills"],
      ["borderId", "borders"],
    ] as const) {
      const id = Number(getAttr(open, attr) ?? 0);
      open = setAttr(open, attr, String(this.put(local, this.genItem(local, id))));
    }
    open = setAttr(open, "xfId", "0");
    const mapped = open + xf.slice((/^<[^>]*?\/?>/.exec(xf)?.[0] ?? xf).length);
    const out = this.put("cellXfs", mapped);
    this.xfCache.set(index, out);
    return out;
  }

  /** The original part's differential-format index for ExcelJS's `dxfId` (conditional formats). */
  differentialFormat(index: number): number {
    return this.put("dxfs", this.genItem("dxfs", index));
  }

  get changed(): boolean {
    return this.addedFormats.length > 0 || [...this.lists.values()].some((l) => l.added.length > 0);
  }

  toXml(): string {
    let xml = this.original;
    const grow = (local: string, added: readonly string[], total: number): void => {
      if (added.length === 0) return;
      const root = rootElement(xml);
      const body = added.map((a) => inPart(root, a)).join("");
      const el = childElements(xml, root.innerStart, root.innerEnd).find((e) => e.local === local);
      if (!el) {
        xml = putChild(
          xml,
          root,
          local,
          inPart(root, `<${local} count="${total}">${added.join("")}</${local}>`),
          ORDER
        );
        return;
      }
      const open = setAttr(el.open.replace(/\s*\/>$/, ">"), "count", String(total));
      const inner = xml.slice(el.innerStart, el.innerEnd) + body;
      xml = splice(xml, el.start, el.end, `${open}${inner}</${el.name}>`);
    };
    grow(
      "numFmts",
      this.addedFormats,
      listOf(this.original, this.root, "numFmts").length + this.addedFormats.length
    );
    for (const local of ["fonts", "fills", "borders", "cellXfs", "dxfs"]) {
      const list = this.lists.get(local) as List;
      grow(local, list.added, list.items.length + list.added.length);
    }
    return xml;
  }
}
