import type { Grid } from "../model";
import { normalizeText } from "../text/normalizeText";
import type { NameSource } from "./types";

/**
 * "UBND xã …", "ỦY BAN NHÂN DÂN PHƯỜNG …", "(Kèm theo Kế hoạch số … của UBND xã …)": the committee, then the kind of
 * place, then its name. The national motto ("CỘNG HÒA XÃ HỘI …") has no committee before "xã", so it never matches.
 */
const COMMITTEE_PLACE =
  /(?<!\p{L})(?:UBND|(?:Ủy|Uỷ|Uy)\s*ban\s+nh[âa]n\s+d[âa]n)\s+(x[ãa]|ph[ưu][ờo]ng|th[ịi]\s+tr[ấa]n)\s+([^\n]+)/giu;

/** "(Kèm theo Kế hoạch số … của xã Bình Lương)": the attachment line naming the place without its committee. */
const ATTACHED_PLACE =
  /k[èe]m\s+theo[^\n]*?\sc[ủu]a\s+(x[ãa]|ph[ưu][ờo]ng|th[ịi]\s+tr[ấa]n)\s+([^\n]+)/giu;

/** Where a name stops: a bracket or punctuation, a wide gap (a title cell split in two halves), the motto, a date. */
const NAME_END =
  /\s{2,}|[)(,;:.\t/]|\s-\s|\s(?:cộng hòa|cộng hoà|độc lập|ngày|năm|về|v\/v)(?!\p{L})/iu;

const KIND_WORDS: Readonly<Record<string, string>> = {
  xa: "xã",
  phuong: "phường",
  "thi tran": "thị trấn",
};

const MAX_NAME_WORDS = 6;

/** "BÌNH LƯƠNG" → "Bình Lương"; a name typed in mixed case keeps its case. */
function properCase(name: string): string {
  if (name !== name.toLocaleUpperCase("vi")) return name;
  return name
    .toLocaleLowerCase("vi")
    .split(" ")
    .map((w) => (w === "" ? w : (w[0] as string).toLocaleUpperCase("vi") + w.slice(1)))
    .join(" ");
}

function placeFrom(kindText: string, rest: string): string | null {
  const name = (rest.split(NAME_END)[0] ?? "").replace(/\s+/g, " ").trim();
  const words = name.split(" ").filter((w) => w !== "");
  if (words.length === 0 || words.length > MAX_NAME_WORDS || !/[\p{L}\d]/u.test(name)) return null;
  const kind = KIND_WORDS[normalizeText(kindText)] ?? kindText.toLocaleLowerCase("vi");
  return `${kind} ${properCase(name)}`;
}

/**
 * The place named in one text ("… của UBND xã Bình Lương)" → "xã Bình Lương"), or null.
 * @example placeInText("ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH") === "phường Hòa Bình"
 */
export function placeInText(text: string): string | null {
  const nfc = text.normalize("NFC");
  for (const pattern of [COMMITTEE_PLACE, ATTACHED_PLACE]) {
    for (const m of nfc.matchAll(pattern)) {
      const place = placeFrom(m[1] as string, m[2] as string);
      if (place !== null) return place;
    }
  }
  return null;
}

/**
 * A proper name after "xã"/"phường"/"thị trấn" anywhere in a title ("GIAO CHỈ TIÊU GIẢM NGHÈO CÁC THÔN XÃ BÌNH LƯƠNG
 * NĂM 2025"): the name must start with a capital; "XÃ HỘI" (the motto) and "cấp xã", "các xã" are not places.
 */
const TITLE_PLACE =
  /(?<!\p{L})(?<!(?:các|cấp|toàn|CÁC|CẤP|TOÀN)\s)(x[ãa]|ph[ưu][ờo]ng|th[ịi]\s+tr[ấa]n)\s+(\p{Lu}[^\n]*)/giu;

/** The place a title names without its committee, or null. @example placeNamedInTitle("… THÔN XÃ ÂN PHÚ NĂM 2025") === "xã Ân Phú" */
export function placeNamedInTitle(text: string): string | null {
  for (const m of text.normalize("NFC").matchAll(TITLE_PLACE)) {
    const rest = m[2] as string;
    if (/^h[ộo]i(?!\p{L})/iu.test(rest)) continue;
    const place = placeFrom(m[1] as string, rest);
    if (place !== null) return place;
  }
  return null;
}

/** A cell holding the committee alone ("ỦY BAN NHÂN DÂN", "UBND"): the place is in the cell below it. */
const COMMITTEE_ALONE = /^\s*(?:UBND|(?:Ủy|Uỷ|Uy)\s*ban\s+nh[âa]n\s+d[âa]n)\s*$/iu;

/** Rows of each grid read for title lines: the top of the sheet, where a plan's heading sits. */
const TITLE_ROWS = 20;

/**
 * The commune's name from its workbook's own title lines, the appendix sheet first (`first`), then the other
 * sheets, row by row; else from the file name ("ke-hoach-xa-binh-luong.xlsx" → "xa binh luong").
 * @example findCommuneName([grid], "a.xlsx") // { name: "xã Bình Lương", source: "title" }
 */
export function findCommuneName(
  grids: readonly Grid[],
  fileName: string,
  first?: { readonly sheet: string; readonly lastRow: number }
): { readonly name: string; readonly source: NameSource } {
  const ordered = first
    ? [
        ...grids.filter((g) => g.sheet === first.sheet),
        ...grids.filter((g) => g.sheet !== first.sheet),
      ]
    : grids;
  // the committee's own words first; a title naming "xã Bình Lương" anywhere in it only when no committee is named
  for (const find of [placeInText, placeNamedInTitle]) {
    for (const g of ordered) {
      const lastRow = g.sheet === first?.sheet ? first.lastRow : g.top + TITLE_ROWS - 1;
      for (let r = g.top; r <= lastRow; r++) {
        const row = g.values[r - g.top] ?? [];
        for (let j = 0; j < row.length; j++) {
          const v = row[j];
          if (typeof v !== "string") continue;
          const below = g.values[r + 1 - g.top]?.[j];
          const text = COMMITTEE_ALONE.test(v) && typeof below === "string" ? `${v}\n${below}` : v;
          const place = find(text);
          if (place !== null) return { name: place, source: "title" };
        }
      }
    }
  }
  return { name: nameFromFile(fileName), source: "file" };
}

/** The file's base name as a commune name: from its "xa-…"/"phuong-…" part when it has one. */
export function nameFromFile(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? fileName)
    .replace(/\.xlsx$/i, "")
    .replace(/[_-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const m = /(?:^|\s)((?:xã|xa|phường|phuong|thị trấn|thi tran)\s+\S.*)$/iu.exec(base);
  return m ? (m[1] as string) : base;
}

const LEADING_WORDS = /^(?:(?:ubnd|uy ban nhan dan)\s+)?(?:(?:xa|phuong|thi tran)\s+)?/;

/**
 * A key for comparing commune names: no case, no diacritics, no spaces, no committee or xã/phường/thị trấn word.
 * @example communeKey("Xã Bình Lương") === communeKey("binh luong") // "binhluong"
 */
export function communeKey(name: string): string {
  return normalizeText(name).replace(LEADING_WORDS, "").replace(/ /g, "");
}

/** The name without its kind word, for sorting ("xã Bình Lương" → "Bình Lương"). */
export function bareName(name: string): string {
  return name.replace(/^(?:xã|phường|thị trấn|xa|phuong|thi tran)\s+/iu, "");
}

const COLLATOR = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/** Vietnamese alphabetical order of commune names (the kind word ignored, so "phường An" comes before "xã Bình"). */
export function compareCommuneNames(a: string, b: string): number {
  return COLLATOR.compare(bareName(a), bareName(b)) || COLLATOR.compare(a, b);
}
