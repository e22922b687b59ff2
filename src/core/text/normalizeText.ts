/**
 * Text as the matcher sees it: lowercase, no diacritics (NFD, combining marks removed, đ → d), punctuation and
 * runs of whitespace collapsed to one space. "%" is kept because it marks a rate.
 * @example normalizeText("  Tỷ lệ (%) ") === "ty le %"; normalizeText("Thôn/TDP") === "thon tdp"
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

/**
 * A key for comparing names: normalized with every space removed.
 * @example toMatchKey("Làng  Gió") === toMatchKey("lang gio") // "langgio"
 */
export function toMatchKey(text: string): string {
  return normalizeText(text).replace(/ /g, "");
}
