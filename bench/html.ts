/** Minimal HTML tag/attribute reading for built pages (html-webpack-plugin minifies: attributes may be unquoted). */

export type Tag = { readonly attrs: Readonly<Record<string, string>>; readonly body: string };

const ATTR = /([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of s.matchAll(ATTR)) attrs[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? "";
  return attrs;
}

/** Every `<tag …>` in the page, with its attributes and (for script) its inline body. */
export function findTags(html: string, tag: string): Tag[] {
  const re =
    tag === "script"
      ? /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script>/gi
      : new RegExp(`<${tag}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, "gi");
  return [...html.matchAll(re)].map((m) => ({ attrs: parseAttrs(m[1] ?? ""), body: m[2] ?? "" }));
}
