import type { Grid, TableLayout } from "../model";
import { normalizeText } from "../text/normalizeText";

/** The kinds of unit an appendix lists (their words are in messages/narrative.ts, `kind_…`). */
export const UNIT_KINDS = [
  "thon",
  "toDanPho",
  "khuPho",
  "khoiPho",
  "tieuKhu",
  "ban",
  "ap",
  "lang",
  "xom",
  "buon",
  "bon",
  "plei",
  "khom",
  "soc",
  "cum",
  "khu",
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Normalized words naming each kind, as a name's first words or in the unit header; longer phrases first. */
const KIND_WORDS: readonly (readonly [string, UnitKind])[] = [
  ["to dan pho", "toDanPho"],
  ["tieu khu", "tieuKhu"],
  ["khu pho", "khuPho"],
  ["khoi pho", "khoiPho"],
  ["tdp", "toDanPho"],
  ["kp", "khuPho"],
  ["to", "toDanPho"],
  ["thon", "thon"],
  ["ban", "ban"],
  ["ap", "ap"],
  ["lang", "lang"],
  ["xom", "xom"],
  ["buon", "buon"],
  ["bon", "bon"],
  ["plei", "plei"],
  ["pley", "plei"],
  ["khom", "khom"],
  ["soc", "soc"],
  ["cum", "cum"],
  ["khu", "khu"],
];

/** The kind a unit's name starts with ("Thôn 1", "Tổ dân phố 3", "Bản Phiêng"), when something follows it. */
function kindOfName(norm: string): UnitKind | undefined {
  for (const [words, kind] of KIND_WORDS)
    if (norm.startsWith(`${words} `) && norm.length > words.length + 1) return kind;
  return undefined;
}

/** The kinds a unit header names, in order ("Thôn/TDP" → thôn, tổ dân phố). */
function kindsOfHeader(norm: string): UnitKind[] {
  const out: UnitKind[] = [];
  const words = norm.split(" ");
  for (let i = 0; i < words.length;) {
    const rest = `${words.slice(i).join(" ")} `;
    const hit = KIND_WORDS.find(([w]) => rest.startsWith(`${w} `));
    if (!hit) {
      i++;
      continue;
    }
    if (!out.includes(hit[1])) out.push(hit[1]);
    i += hit[0].split(" ").length;
  }
  return out;
}

/**
 * The kinds of unit the sheet lists, in the order they first appear: from the unit names when every one starts with
 * a kind ("Thôn 1", "Tổ dân phố 2", "Khu phố 3"), else from the unit header ("Thôn", "Thôn/TDP"); empty when
 * neither says ("Đơn vị" over plain names).
 * @example findUnitKinds(grid, layout) // ["thon", "toDanPho"]
 */
export function findUnitKinds(grid: Grid, layout: TableLayout): UnitKind[] {
  const col = layout.columns.unit;
  if (col === undefined) return [];
  const text = (r: number): string => {
    const v = grid.values[r - grid.top]?.[col - grid.left];
    return typeof v === "string" ? normalizeText(v) : "";
  };
  const fromNames: UnitKind[] = [];
  let named = layout.unitRows.length > 0;
  for (const r of layout.unitRows) {
    const kind = kindOfName(text(r));
    if (kind === undefined) {
      named = false;
      break;
    }
    if (!fromNames.includes(kind)) fromNames.push(kind);
  }
  if (named) return fromNames;
  for (let r = layout.headerRows[1]; r >= layout.headerRows[0]; r--) {
    const kinds = kindsOfHeader(text(r));
    if (kinds.length > 0) return kinds;
  }
  return [];
}
