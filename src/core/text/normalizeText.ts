/** Per character: its folded form ("" for a combining mark, " " for a separator), computed once. */
const FOLD = new Map<number, string>();

function foldChar(code: number): string {
  const known = FOLD.get(code);
  if (known !== undefined) return known;
  const ch = String.fromCharCode(code);
  let folded: string;
  if (/[\u0300-\u036f]/.test(ch)) folded = "";
  else {
    const base = ch
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase();
    folded = /^[a-z0-9%]+$/.test(base) ? base : " ";
  }
  FOLD.set(code, folded);
  return folded;
}

/**
 * Text as the matcher sees it: lowercase, no diacritics (NFD, combining marks removed, đ → d), punctuation and
 * runs of whitespace collapsed to one space. "%" is kept because it marks a rate. Linear in the text's length.
 * @example normalizeText("  Tỷ lệ (%) ") === "ty le %"; normalizeText("Thôn/TDP") === "thon tdp"
 */
export function normalizeText(text: string): string {
  let out = "";
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let piece: string;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 37)
      piece = text[i] as string;
    else if (code >= 65 && code <= 90) piece = String.fromCharCode(code + 32);
    else if (code < 128) piece = " ";
    else piece = foldChar(code);
    if (piece === "") continue;
    if (piece === " ") {
      gap = out.length > 0;
      continue;
    }
    if (gap) {
      out += " ";
      gap = false;
    }
    out += piece;
  }
  return out;
}

/**
 * A key for comparing names: normalized with every space removed.
 * @example toMatchKey("Làng  Gió") === toMatchKey("lang gio") // "langgio"
 */
export function toMatchKey(text: string): string {
  return normalizeText(text).replace(/ /g, "");
}
