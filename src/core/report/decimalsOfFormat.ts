/**
 * How many decimals an Excel number format shows (its first section): "0.00" → 2, "0.0%" → 1, "#,##0" → 0;
 * undefined for "General", text ("@") or no format, where Excel shows the number as it is.
 * @example decimalsOfFormat("0.00%") === 2
 */
export function decimalsOfFormat(format: string | undefined): number | undefined {
  if (format === undefined || format === "" || format === "@" || /^general$/i.test(format))
    return undefined;
  // Quoted text and escaped characters are not digits of the number.
  const section = (format.split(";")[0] ?? "").replace(/"[^"]*"|\\./g, "");
  if (!/[0#?]/.test(section)) return undefined;
  const m = /\.([0#?]+)/.exec(section);
  return m ? (m[1] as string).length : 0;
}
