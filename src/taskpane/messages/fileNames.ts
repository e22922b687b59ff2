/**
 * Words the web app writes into the name of a workbook it downloads (src/taskpane/preview/downloadName.ts). One
 * name in both languages: the officer's files are named in Vietnamese, and a file downloaded under the English pane
 * and opened again under the Vietnamese one must still be recognised, so that it keeps one suffix.
 */

/** What a downloaded workbook's name ends with, before ".xlsx": the officer sees which file the web app wrote. */
export const CHECKED_SUFFIX = " - đã kiểm tra";

/** The name when the opened file's own name leaves nothing usable (e.g. ".xlsx"). */
export const FALLBACK_NAME = "phu-luc-giam-ngheo";
