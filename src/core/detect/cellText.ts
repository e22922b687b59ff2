import type { RawValue } from "../model/cell";
import { normalizeText } from "../text/normalizeText";

/** The normalized text of a cell value; numbers, booleans, errors and blanks give "". */
export function toNormText(v: RawValue): string {
  return typeof v === "string" && v.length < 400 ? normalizeText(v) : "";
}

export function isBlank(v: RawValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim().length === 0);
}
