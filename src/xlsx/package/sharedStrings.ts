import { childElements, inPart, rootElement, setAttr, splice, type XmlElement } from "./xml";

const EMPTY_SST =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>';

function items(xml: string): string[] {
  const root = rootElement(xml);
  return childElements(xml, root.innerStart, root.innerEnd)
    .filter((e) => e.local === "si")
    .map((e) => xml.slice(e.innerStart, e.innerEnd));
}

/**
 * The original workbook's shared strings, to which the strings of patched cells are appended (an identical
 * string already there is reused). Items already in the table never move, so untouched cells keep their index.
 */
export class SharedStrings {
  private readonly original: string | undefined;
  private readonly root: XmlElement;
  private readonly index = new Map<string, number>();
  private readonly generated: string[];
  private readonly added: string[] = [];
  private size: number;
  private references = 0;

  /** `original`: the package's sharedStrings part (undefined when it has none); `generated`: ExcelJS's. */
  constructor(original: string | undefined, generated: string | undefined) {
    this.original = original;
    this.root = rootElement(original ?? EMPTY_SST);
    const existing = original !== undefined ? items(original) : [];
    existing.forEach((inner, i) => {
      if (!this.index.has(inner)) this.index.set(inner, i);
    });
    this.size = existing.length;
    this.generated = generated !== undefined ? items(generated) : [];
  }

  /** The index in the original table of ExcelJS's string `generatedIndex` (appended when new). */
  map(generatedIndex: number): number {
    const inner = this.generated[generatedIndex];
    if (inner === undefined) throw new Error(`shared string ${generatedIndex} missing`);
    this.references++;
    const known = this.index.get(inner);
    if (known !== undefined) return known;
    const at = this.size++;
    this.index.set(inner, at);
    this.added.push(inPart(this.root, `<si>${inner}</si>`));
    return at;
  }

  get changed(): boolean {
    return this.added.length > 0;
  }

  /** Whether the package had a shared-strings part. */
  get existed(): boolean {
    return this.original !== undefined;
  }

  /** The part's new text (only meaningful when `changed`). */
  toXml(): string {
    const xml = this.original ?? EMPTY_SST;
    const root = rootElement(xml);
    const body = this.added.join("");
    const count = Number(/\scount="(\d+)"/.exec(root.open)?.[1] ?? "0") + this.references;
    let open = setAttr(root.open, "uniqueCount", String(this.size));
    open = setAttr(open, "count", String(Math.max(count, this.size)));
    if (root.open.endsWith("/>")) {
      return splice(
        xml,
        root.start,
        root.end,
        `${open.replace(/\s*\/>$/, ">")}${body}</${root.name}>`
      );
    }
    const withBody = splice(xml, root.innerEnd, root.innerEnd, body);
    return splice(withBody, root.start, root.start + root.open.length, open);
  }
}
