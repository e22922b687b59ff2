import type { LegacyFont } from "./types";

/**
 * The encoding a font name implies: the ABC fonts of TCVN3 are named ".Vn…" (.VnTime, .VnArial, .VnTimeH …, the
 * trailing capital H marking the uppercase-only ones), the VNI fonts "VNI-…" (VNI-Times, VNI-Helve …).
 * Any other font (Times New Roman, Arial, Calibri …) implies nothing.
 * @example legacyFont(".VnTimeH") // { encoding: "tcvn3", uppercase: true }
 */
export function legacyFont(name: string | null | undefined): LegacyFont | null {
  if (typeof name !== "string") return null;
  const n = name.trim();
  if (/^\.vn/i.test(n)) return { encoding: "tcvn3", uppercase: /H$/.test(n) };
  if (/^vni[-_ ]/i.test(n)) return { encoding: "vni", uppercase: false };
  return null;
}
