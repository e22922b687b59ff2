import {
  childElements,
  escapeXml,
  getAttr,
  inPart,
  putChild,
  rootElement,
  setAttr,
  splice,
} from "./xml";
import type { XmlElement } from "./xml";

/** The children of workbook in schema order (ECMA-376 CT_Workbook). */
const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

export type SheetEntry = {
  readonly name: string;
  readonly sheetId: number;
  readonly rid: string;
  readonly element: XmlElement;
};

function child(xml: string, local: string): XmlElement | undefined {
  const root = rootElement(xml);
  return childElements(xml, root.innerStart, root.innerEnd).find((e) => e.local === local);
}

/** The `<sheet>` entries of workbook.xml in order (their index is a defined name's localSheetId). */
export function sheetEntries(xml: string): SheetEntry[] {
  const sheets = child(xml, "sheets");
  if (!sheets) return [];
  return childElements(xml, sheets.innerStart, sheets.innerEnd)
    .filter((e) => e.local === "sheet")
    .map((e) => ({
      name: getAttr(e.open, "name") ?? "",
      sheetId: Number(getAttr(e.open, "sheetId") ?? 0),
      rid: getAttr(e.open, "r:id") ?? getAttr(e.open, "relationships:id") ?? "",
      element: e,
    }));
}

/** Append a `<sheet>` (the new sheet is the last one). */
export function appendSheet(xml: string, name: string, rid: string, state: string): string {
  const sheets = child(xml, "sheets");
  if (!sheets) throw new Error("workbook.xml has no sheets element");
  const sheetId = Math.max(0, ...sheetEntries(xml).map((s) => s.sheetId)) + 1;
  const rPrefix =
    /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
      xml
    )?.[1] ?? "r";
  const hidden = state === "visible" ? "" : ` state="${escapeXml(state)}"`;
  const declare =
    rPrefix === "r" && !/xmlns:r=/.test(xml)
      ? ` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
      : "";
  const element = inPart(
    rootElement(xml),
    `<sheet name="${escapeXml(name)}" sheetId="${sheetId}"${hidden} ${rPrefix}:id="${escapeXml(rid)}"${declare}/>`
  );
  return splice(xml, sheets.innerEnd, sheets.innerEnd, element);
}

type NameEdit = { readonly local?: number; readonly xml: string };

/** The definedName elements of the workbook. */
function definedNames(xml: string): XmlElement[] {
  const names = child(xml, "definedNames");
  if (!names) return [];
  return childElements(xml, names.innerStart, names.innerEnd).filter(
    (e) => e.local === "definedName"
  );
}

/** `<definedName>` elements of another workbook.xml whose localSheetId is `index` (print titles, print area …). */
export function localNamesOf(xml: string, index: number): string[] {
  return definedNames(xml)
    .filter((e) => getAttr(e.open, "localSheetId") === String(index))
    .map((e) => xml.slice(e.start, e.end));
}

/**
 * Edit the defined names: remove the workbook-level names in `removed`, the names local to the removed sheet
 * index (later indexes move down by one), and add `added` (`<definedName>` texts).
 */
export function editDefinedNames(
  xml: string,
  opts: {
    readonly removed: readonly string[];
    readonly removedSheet?: number;
    readonly added: readonly NameEdit[];
  }
): string {
  let out = xml;
  const drop = new Set(opts.removed.map((n) => n.toLowerCase()));
  for (const e of definedNames(out).reverse()) {
    const local = getAttr(e.open, "localSheetId");
    const name = (getAttr(e.open, "name") ?? "").toLowerCase();
    if (local === undefined && drop.has(name)) {
      out = splice(out, e.start, e.end, "");
      continue;
    }
    if (opts.removedSheet === undefined || local === undefined) continue;
    const index = Number(local);
    if (index === opts.removedSheet) out = splice(out, e.start, e.end, "");
    else if (index > opts.removedSheet)
      out = splice(
        out,
        e.start,
        e.start + e.open.length,
        setAttr(e.open, "localSheetId", String(index - 1))
      );
  }
  if (opts.added.length > 0) {
    const root = rootElement(out);
    const body = opts.added
      .map((a) =>
        a.local === undefined
          ? a.xml
          : a.xml.replace(/^<[^>]*>/, (open) => setAttr(open, "localSheetId", String(a.local)))
      )
      .map((a) => inPart(root, a))
      .join("");
    const names = child(out, "definedNames");
    if (names && !names.open.endsWith("/>"))
      out = splice(out, names.innerEnd, names.innerEnd, body);
    else
      out = putChild(
        out,
        root,
        "definedNames",
        inPart(root, `<definedNames>${opts.added.map((a) => a.xml).join("")}</definedNames>`),
        WORKBOOK_ORDER
      );
  }
  if (child(out, "definedNames") && definedNames(out).length === 0)
    out = putChild(out, rootElement(out), "definedNames", null, WORKBOOK_ORDER);
  return out;
}

/** A workbook-level defined name. */
export function definedNameXml(name: string, ranges: readonly string[]): string {
  return `<definedName name="${escapeXml(name)}">${escapeXml(ranges.join(","))}</definedName>`;
}

/** Remove the `<sheet>` at `index`, keeping the active and first visible tab within range. */
export function removeSheetEntry(xml: string, index: number): string {
  const entry = sheetEntries(xml)[index];
  if (!entry) return xml;
  let out = splice(xml, entry.element.start, entry.element.end, "");
  const views = child(out, "bookViews");
  if (views) {
    for (const v of childElements(out, views.innerStart, views.innerEnd).reverse()) {
      let open = v.open;
      for (const attr of ["activeTab", "firstSheet"]) {
        const n = Number(getAttr(open, attr) ?? 0);
        if (n > index || (n === index && n > 0)) open = setAttr(open, attr, String(n - 1));
      }
      out = splice(out, v.start, v.start + v.open.length, open);
    }
  }
  return out;
}

/** Ask Excel to recalculate every formula when the file is opened. */
export function setFullCalcOnLoad(xml: string): string {
  const calc = child(xml, "calcPr");
  if (calc)
    return splice(
      xml,
      calc.start,
      calc.start + calc.open.length,
      setAttr(calc.open, "fullCalcOnLoad", "1")
    );
  const root = rootElement(xml);
  return putChild(
    xml,
    root,
    "calcPr",
    inPart(root, '<calcPr fullCalcOnLoad="1"/>'),
    WORKBOOK_ORDER
  );
}
