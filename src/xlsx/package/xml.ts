/**
 * Just enough XML to patch OOXML parts as text: find elements, read and set attributes, insert children in schema
 * order. Parts are never re-serialised, so everything this code does not touch stays byte for byte.
 * Works on well-formed XML (every part Excel writes); attribute values may hold ">" (they are matched quoted).
 */

/** One element found in a part: `start`–`end` is its whole text, `inner` its content (empty when self-closing). */
export type XmlElement = {
  /** The qualified name as written ("c", "x:c"). */
  readonly name: string;
  /** The name without its prefix ("c"). */
  readonly local: string;
  readonly start: number;
  readonly end: number;
  /** The opening tag's text, `<c r="A1" s="2">` (self-closing: the whole element). */
  readonly open: string;
  readonly innerStart: number;
  readonly innerEnd: number;
};

const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

const localName = (qualified: string): string => qualified.slice(qualified.indexOf(":") + 1);

/** The elements directly inside `[from, to)` of `xml` (comments, processing instructions and text skipped). */
export function childElements(xml: string, from = 0, to = xml.length): XmlElement[] {
  const out: XmlElement[] = [];
  const re = new RegExp(TOKEN.source, "g");
  re.lastIndex = from;
  let depth = 0;
  let current: { name: string; start: number; open: string; innerStart: number } | null = null;
  for (let m = re.exec(xml); m !== null && m.index < to; m = re.exec(xml)) {
    const name = m[2];
    if (name === undefined) continue;
    const closing = m[1] === "/";
    const selfClosing = m[4] === "/";
    const end = m.index + m[0].length;
    if (closing) {
      depth--;
      if (depth === 0 && current) {
        out.push({
          name: current.name,
          local: localName(current.name),
          start: current.start,
          end,
          open: current.open,
          innerStart: current.innerStart,
          innerEnd: m.index,
        });
        current = null;
      }
      if (depth < 0) break;
    } else if (selfClosing) {
      if (depth === 0)
        out.push({
          name,
          local: localName(name),
          start: m.index,
          end,
          open: m[0],
          innerStart: end,
          innerEnd: end,
        });
    } else {
      if (depth === 0) current = { name, start: m.index, open: m[0], innerStart: end };
      depth++;
    }
  }
  return out;
}

/** The part's root element. @throws Error when the text holds no element (a broken part). */
export function rootElement(xml: string): XmlElement {
  const root = childElements(xml)[0];
  if (!root) throw new Error("no root element");
  return root;
}

/** The prefix of the root element ("" or "x:"), to name new elements in the part's own style. */
export function prefixOf(element: XmlElement): string {
  return element.name.slice(0, element.name.length - element.local.length);
}

/** The first child of `parent` named `local` (any prefix). */
export function childNamed(xml: string, parent: XmlElement, local: string): XmlElement | undefined {
  return childElements(xml, parent.innerStart, parent.innerEnd).find((e) => e.local === local);
}

/** An attribute of an opening tag, unescaped, or undefined. */
const attrPatterns = new Map<string, { read: RegExp; find: RegExp }>();

/** The (cached) patterns of one attribute name: `read` captures the value, `find` the whole attribute. */
function attrPattern(name: string): { read: RegExp; find: RegExp } {
  let p = attrPatterns.get(name);
  if (!p) {
    const n = name.replace(/[.:]/g, "\\$&");
    p = {
      read: new RegExp(`\\s${n}\\s*=\\s*("([^"]*)"|'([^']*)')`),
      find: new RegExp(`\\s${n}\\s*=\\s*("[^"]*"|'[^']*')`),
    };
    attrPatterns.set(name, p);
  }
  return p;
}

export function getAttr(openTag: string, name: string): string | undefined {
  const re = attrPattern(name).read;
  const m = re.exec(openTag);
  if (!m) return undefined;
  return unescapeXml(m[2] ?? m[3] ?? "");
}

/** The opening tag with `name` set to `value` (added before the closing `>`/`/>`), or removed when undefined. */
export function setAttr(openTag: string, name: string, value: string | undefined): string {
  const re = attrPattern(name).find;
  if (value === undefined) return openTag.replace(re, "");
  const attr = ` ${name}="${escapeXml(value)}"`;
  if (re.test(openTag)) return openTag.replace(re, attr);
  return openTag.replace(/\s*(\/?)>$/, `${attr}$1>`);
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    const code = e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** `xml` with `[start, end)` replaced by `text`. */
export function splice(xml: string, start: number, end: number, text: string): string {
  return xml.slice(0, start) + text + xml.slice(end);
}

/**
 * Put `elementXml` into `parent` in schema order: it replaces the child named `local` if there is one, else it goes
 * before the first child that the schema places after it (`order` lists the parent's children in schema order;
 * children not listed are passed over), else at the end. `elementXml` null removes the child.
 */
export function putChild(
  xml: string,
  parent: XmlElement,
  local: string,
  elementXml: string | null,
  order: readonly string[]
): string {
  const children = childElements(xml, parent.innerStart, parent.innerEnd);
  const existing = children.find((c) => c.local === local);
  if (existing) return splice(xml, existing.start, existing.end, elementXml ?? "");
  if (elementXml === null) return xml;
  const rank = order.indexOf(local);
  const after = children.find((c) => {
    const r = order.indexOf(c.local);
    return r > rank;
  });
  if (parent.innerStart === parent.innerEnd && parent.open.endsWith("/>")) {
    // A self-closing parent gets a body.
    const open = parent.open.replace(/\s*\/>$/, ">");
    return splice(xml, parent.start, parent.end, `${open}${elementXml}</${parent.name}>`);
  }
  const at = after ? after.start : parent.innerEnd;
  return splice(xml, at, at, elementXml);
}

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * An element written without a prefix, put into a part whose root uses one (`<x:worksheet>`): it declares
 * SpreadsheetML as its default namespace so it means the same there. Unchanged in an unprefixed part.
 */
export function inPart(root: XmlElement, elementXml: string): string {
  if (prefixOf(root) === "" || elementXml === "") return elementXml;
  return elementXml.replace(/^<([\w:.-]+)/, `<$1 xmlns="${MAIN_NS}"`);
}

/** A replacement of `[start, end)` by `text`. */
export type Edit = { readonly start: number; readonly end: number; readonly text: string };

/**
 * `xml` with every edit made, in one pass (edits must not overlap; insertions at one point keep their order):
 * linear in the size of the part, where splicing edit by edit would copy it once per edit.
 */
export function applyEdits(xml: string, edits: readonly Edit[]): string {
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i)
    .map(({ e }) => e);
  const out: string[] = [];
  let at = 0;
  for (const e of sorted) {
    out.push(xml.slice(at, e.start), e.text);
    at = Math.max(at, e.end);
  }
  out.push(xml.slice(at));
  return out.join("");
}
