/**
 * Read a sheet's cached cell values straight from the .xlsx XML (test-only). ExcelJS drops a formula's cached
 * result when it is 0 (`<v>0</v>` reads back as no result), which would hide LibreOffice's zeros.
 */
import JSZip from "jszip";
import * as fs from "fs";

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

export type Cached = {
  readonly value: number | string | boolean | null;
  readonly formula: string | null;
};

export async function readCachedValues(file: string, sheet: string): Promise<Map<string, Cached>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const text = async (p: string) => (await zip.file(p)?.async("string")) ?? "";
  const workbook = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  const sheetTag = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => decode(/name="([^"]*)"/.exec(t)?.[1] ?? "") === sheet);
  if (!sheetTag) throw new Error(`no sheet ${sheet}`);
  const rid = /r:id="([^"]+)"/.exec(sheetTag)?.[1];
  const target = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(`Id="${rid}"`));
  const relPath = (/Target="([^"]+)"/.exec(target ?? "")?.[1] ?? "").replace(/^\/?xl\//, "");
  const xml = await text(`xl/${relPath}`);
  const shared = [...(await text("xl/sharedStrings.xml")).matchAll(/<si>([\s\S]*?)<\/si>/g)].map(
    (m) =>
      decode([...(m[1] as string).matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(""))
  );
  const out = new Map<string, Cached>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const [, ref, attrs = "", body = ""] = m;
    const t = /t="([^"]+)"/.exec(attrs)?.[1] ?? "n";
    const f = /<f[^>]*>([\s\S]*?)<\/f>/.exec(body);
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const is = /<is>([\s\S]*?)<\/is>/.exec(body)?.[1];
    let value: Cached["value"] = null;
    if (t === "s" && v !== undefined) value = shared[Number(v)] ?? null;
    else if (t === "inlineStr" && is !== undefined)
      value = decode([...is.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((x) => x[1]).join(""));
    else if ((t === "str" || t === "e") && v !== undefined) value = decode(v);
    else if (t === "b" && v !== undefined) value = v === "1";
    else if (v !== undefined) value = Number(v);
    out.set(ref as string, { value, formula: f ? decode(f[1] as string) : null });
  }
  return out;
}
