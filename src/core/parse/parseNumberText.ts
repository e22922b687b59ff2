/** How a column's numbers are read: counts are whole numbers (a lone "." or "," before 3 digits groups thousands). */
export type NumberKind = "count" | "rate";

const NUMBER_TEXT = /^([+-]?)(\d[\d.,\s]*)(%?)$/;

/**
 * Read text that is a number, the way Vietnamese officers write it. Returns null when the text is not a number.
 *
 * Rules: "4,39" and "4.39" are 4.39. Both separators ("1.234,5" / "1,234.5"): the last one is the decimal mark.
 * The same separator more than once ("1.234.567") groups thousands. A single separator followed by exactly three
 * digits ("1.234", "1,234") groups thousands in a **count** column (counts are whole numbers) but is a decimal mark
 * in a **rate** column. A trailing "%" is allowed only in a rate column (the number is already in percent points).
 * Spaces inside ("1 234") group thousands.
 * @example parseNumberText("4,39", "rate") === 4.39; parseNumberText("1.234", "count") === 1234; parseNumberText("4 hộ", "count") === null
 */
export function parseNumberText(text: string, kind: NumberKind): number | null {
  const m = NUMBER_TEXT.exec(text.trim());
  if (!m) return null;
  const sign = m[1] === "-" ? -1 : 1;
  const body = (m[2] as string).replace(/\s+/g, "");
  if (m[3] === "%" && kind !== "rate") return null;
  const value = readDigits(body, kind);
  return value === null ? null : sign * value;
}

function readDigits(body: string, kind: NumberKind): number | null {
  if (!/^\d/.test(body) || !/\d$/.test(body)) return null;
  const dots = count(body, ".");
  const commas = count(body, ",");
  if (dots > 0 && commas > 0) {
    const decimal = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
    const group = decimal === "." ? "," : ".";
    if (count(body, decimal) > 1) return null;
    return readGrouped(body, group, decimal);
  }
  const sep = dots > 0 ? "." : commas > 0 ? "," : null;
  if (sep === null) return Number(body);
  if (count(body, sep) > 1) return readGrouped(body, sep, null);
  const [intPart = "", frac = ""] = body.split(sep);
  if (kind === "count" && frac.length === 3 && intPart.length <= 3)
    return readGrouped(body, sep, null);
  return Number(body.replace(sep, "."));
}

function readGrouped(body: string, group: string, decimal: string | null): number | null {
  const [intPart = "", frac] = decimal === null ? [body] : body.split(decimal);
  const groups = intPart.split(group);
  if (groups.length > 1 && !groups.slice(1).every((g) => g.length === 3)) return null;
  const head = groups[0] as string;
  if (head.length === 0 || (head.length > 3 && groups.length > 1)) return null;
  const n = Number(groups.join("") + (frac === undefined ? "" : `.${frac}`));
  return Number.isFinite(n) ? n : null;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/**
 * The number a non-numeric text starts with, to suggest as a fix ("4 hộ" → 4, "khoảng 12" → 12).
 * @example findLeadingNumber("khoảng 12 hộ", "count") === 12; findLeadingNumber("không có", "count") === undefined
 */
export function findLeadingNumber(text: string, kind: NumberKind): number | undefined {
  const m = /^\s*(?:kho[aả]ng|ch[ưu]?a|~|≈|kh|approx\.?|about)?\s*([+-]?\d+(?:[.,]\d+)*)/iu.exec(
    text
  );
  if (!m) return undefined;
  const n = parseNumberText(m[1] as string, kind);
  return n === null ? undefined : n;
}
