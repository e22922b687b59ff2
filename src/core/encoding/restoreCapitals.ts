/**
 * TCVN3 has no codes for capitals with a tone; officers type headings in the uppercase-only fonts (.VnTimeH), often
 * with Caps Lock on: "PHô LôC", which that font shows as "PHỤ LỤC". When the font is not known to be a normal
 * .Vn font (the host reads no fonts, or the font was changed), such a text — capitals only among its ASCII letters,
 * at least two of them, and lowercase letters only where a TCVN3 code stood — is read in capitals, as it was shown.
 * @example restoreCapitals("PHô LôC", "PHụ LụC") === "PHỤ LỤC"; restoreCapitals("Hé", "Hộ") === "Hộ"
 */
export function restoreCapitals(original: string, decoded: string): string {
  if (/[a-z]/.test(original)) return decoded;
  const capitals = original.match(/[A-Z]/g)?.length ?? 0;
  if (capitals < 2 || decoded === decoded.toUpperCase()) return decoded;
  return decoded.toUpperCase();
}
