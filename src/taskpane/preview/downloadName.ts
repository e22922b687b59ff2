import { CHECKED_SUFFIX, FALLBACK_NAME } from "../messages/fileNames";

/** Characters Windows refuses in a file name (and control characters). */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]+/g;

/**
 * The name the web app downloads a workbook under: the opened file's name with CHECKED_SUFFIX (" - đã kiểm tra")
 * before ".xlsx", so it never replaces the officer's original in the Downloads folder, and a file downloaded,
 * opened again and downloaded again keeps one suffix. Vietnamese letters are kept (NFC), as in the officer's own file names.
 * @example downloadName("Kế hoạch 2025.xlsx") === "Kế hoạch 2025 - đã kiểm tra.xlsx"
 * @example downloadName("Kế hoạch 2025 - đã kiểm tra.xlsx") === "Kế hoạch 2025 - đã kiểm tra.xlsx"
 */
export function downloadName(original: string): string {
  const base = original
    .normalize("NFC")
    .replace(UNSAFE, " ")
    .replace(/\.xls[xm]?$/i, "")
    .replace(/[\s.]+$/, "")
    .trim();
  const plain = base.endsWith(CHECKED_SUFFIX) ? base.slice(0, -CHECKED_SUFFIX.length) : base;
  return `${plain || FALLBACK_NAME}${CHECKED_SUFFIX}.xlsx`;
}
