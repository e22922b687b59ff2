/**
 * The package layer (Open Packaging Conventions): relationship parts and [Content_Types].xml, edited as text.
 */
import { childElements, escapeXml, getAttr, rootElement, splice } from "./xml";

export const CONTENT_TYPES = "[Content_Types].xml";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Relationship types this code adds or follows. */
export const REL_TYPES = {
  worksheet: `${REL}/worksheet`,
  sharedStrings: `${REL}/sharedStrings`,
  styles: `${REL}/styles`,
  calcChain: `${REL}/calcChain`,
  officeDocument: `${REL}/officeDocument`,
} as const;

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
} as const;

export type Relationship = {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
};

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels" ("" → "_rels/.rels"). */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target as a part path: relative to the source part's folder, or absolute ("/xl/…"). */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

/** `target` (a part path) relative to the folder of `source`. */
export function relativeTarget(source: string, target: string): string {
  const from = source.split("/").slice(0, -1);
  const to = target.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

export function readRels(xml: string | undefined): Relationship[] {
  if (xml === undefined) return [];
  const root = rootElement(xml);
  return childElements(xml, root.innerStart, root.innerEnd)
    .filter((e) => e.local === "Relationship")
    .map((e) => ({
      id: getAttr(e.open, "Id") ?? "",
      type: getAttr(e.open, "Type") ?? "",
      target: getAttr(e.open, "Target") ?? "",
      external: getAttr(e.open, "TargetMode") === "External",
    }));
}

const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;

/** Add a relationship with a fresh id; returns the new part text and the id. */
export function addRel(
  xml: string | undefined,
  type: string,
  target: string
): { xml: string; id: string } {
  const text = xml ?? EMPTY_RELS;
  const ids = new Set(readRels(text).map((r) => r.id));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const root = rootElement(text);
  const element = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
  if (root.open.endsWith("/>")) {
    return {
      xml: splice(
        text,
        root.start,
        root.end,
        `${root.open.replace(/\s*\/>$/, ">")}${element}</${root.name}>`
      ),
      id,
    };
  }
  return { xml: splice(text, root.innerEnd, root.innerEnd, element), id };
}

/** Remove the relationships for which `drop` is true. */
export function removeRels(xml: string, drop: (r: Relationship) => boolean): string {
  const root = rootElement(xml);
  const gone = childElements(xml, root.innerStart, root.innerEnd).filter(
    (e) =>
      e.local === "Relationship" &&
      drop({
        id: getAttr(e.open, "Id") ?? "",
        type: getAttr(e.open, "Type") ?? "",
        target: getAttr(e.open, "Target") ?? "",
        external: getAttr(e.open, "TargetMode") === "External",
      })
  );
  let out = xml;
  for (const e of gone.reverse()) out = splice(out, e.start, e.end, "");
  return out;
}

/** The content type [Content_Types].xml gives a part (its Override, else its extension's Default). */
export function contentTypeOf(types: string, part: string): string | undefined {
  const root = rootElement(types);
  const entries = childElements(types, root.innerStart, root.innerEnd);
  const override = entries.find(
    (e) =>
      e.local === "Override" &&
      getAttr(e.open, "PartName")?.toLowerCase() === `/${part}`.toLowerCase()
  );
  if (override) return getAttr(override.open, "ContentType");
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  const dflt = entries.find(
    (e) => e.local === "Default" && getAttr(e.open, "Extension")?.toLowerCase() === ext
  );
  return dflt ? getAttr(dflt.open, "ContentType") : undefined;
}

/** Give `part` its content type (an Override), unless its extension's Default already says the same. */
export function setContentType(types: string, part: string, contentType: string): string {
  if (contentTypeOf(types, part) === contentType) return types;
  const root = rootElement(types);
  const element = `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(contentType)}"/>`;
  return splice(types, root.innerEnd, root.innerEnd, element);
}

/** Drop the Override of a removed part. */
export function removeContentType(types: string, part: string): string {
  const root = rootElement(types);
  const gone = childElements(types, root.innerStart, root.innerEnd).filter(
    (e) =>
      e.local === "Override" &&
      getAttr(e.open, "PartName")?.toLowerCase() === `/${part}`.toLowerCase()
  );
  let out = types;
  for (const e of gone.reverse()) out = splice(out, e.start, e.end, "");
  return out;
}
