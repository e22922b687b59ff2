/** Characters Excel forbids in a sheet name. */
const FORBIDDEN = /[\\/?*[\]:]/g;
const MAX_LENGTH = 31;

/**
 * A sheet name based on `base` that none of `existing` uses (compared case-insensitively, as Excel does):
 * "Tổng hợp", then "Tổng hợp (2)", "Tổng hợp (3)", … Forbidden characters become "-", a leading or trailing
 * apostrophe is dropped, and the name is cut so that name + suffix fits Excel's 31 characters.
 * @example uniqueSheetName("Tổng hợp", ["Phụ lục", "tổng hợp"]) === "Tổng hợp (2)"
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const clean =
    base
      .replace(FORBIDDEN, "-")
      .replace(/^'+|'+$/g, "")
      .trim() || "Sheet";
  const taken = new Set(existing.map((s) => s.toLocaleLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name =
      Array.from(clean)
        .slice(0, MAX_LENGTH - suffix.length)
        .join("")
        .trimEnd() + suffix;
    if (!taken.has(name.toLocaleLowerCase())) return name;
  }
}
