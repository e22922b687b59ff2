/** Lower case, no diacritics, đ → d, single spaces: "Nhà tiêu hợp vệ sinh" → "nha tieu hop ve sinh". */
export function normalizeText(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
