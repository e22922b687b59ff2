import type { Lang } from "./define";

/**
 * Format a number for people: Vietnamese uses a decimal comma and a dot for thousands.
 * @example formatNumber(4.39, "vi") === "4,39"; formatNumber(1234.5, "vi", 2) === "1.234,50"; formatNumber(4.39, "en") === "4.39"
 */
export function formatNumber(n: number, lang: Lang, decimals?: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 1e21) return String(n);
  const fixed =
    decimals === undefined
      ? String(Math.abs(n) < 1e9 ? Math.round(n * 1e6) / 1e6 : n)
      : n.toFixed(decimals);
  const negative = fixed.startsWith("-");
  const [intPart = "0", frac] = (negative ? fixed.slice(1) : fixed).split(".");
  const thousands = lang === "vi" ? "." : ",";
  const decimal = lang === "vi" ? "," : ".";
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${negative ? "-" : ""}${grouped}${frac !== undefined ? decimal + frac : ""}`;
}
