import { HostError, type HostErrorCode } from "../core";

/** Office error codes (OfficeExtension.Error.code) → our codes. Anything else is GENERAL with the code as detail. */
const CODES: Readonly<Record<string, HostErrorCode>> = {
  ItemNotFound: "SHEET_NOT_FOUND",
  ItemAlreadyExists: "SHEET_EXISTS",
  InvalidArgument: "INVALID_ARGUMENT",
  InvalidReference: "INVALID_ARGUMENT",
  AccessDenied: "ACCESS_DENIED",
  InvalidOperationInCellEditMode: "CELL_EDIT_MODE",
  // While the officer edits a cell a batch fails with plain InvalidOperation by default ("delay for cell edit").
  InvalidOperation: "INVALID_OPERATION",
  RequestPayloadSizeLimitExceeded: "PAYLOAD_TOO_LARGE",
  ResponsePayloadSizeLimitExceeded: "PAYLOAD_TOO_LARGE",
};

function codeOf(e: unknown): string | null {
  if (typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string") {
    return (e as { code: string }).code;
  }
  return null;
}

/**
 * Turn anything an Office.js call threw into a HostError with Vietnamese words (the original is kept as `cause`).
 * `sheet` names the sheet the operation was about (for SHEET_NOT_FOUND / SHEET_EXISTS).
 * @example toHostError({ code: "InvalidOperationInCellEditMode" }).code === "CELL_EDIT_MODE"
 */
export function toHostError(e: unknown, sheet = ""): HostError {
  if (e instanceof HostError) return e;
  const code = codeOf(e);
  const message = e instanceof Error ? e.message : String(e);
  if (code === null) {
    // Outside Office the globals are missing: `Excel is not defined` / `Office is not defined`.
    if (e instanceof ReferenceError && /\b(Excel|Office)\b/.test(message))
      return new HostError("NOT_AVAILABLE", {}, e);
    return new HostError("GENERAL", { detail: message }, e);
  }
  const mapped = CODES[code];
  if (mapped === "SHEET_NOT_FOUND" && sheet === "")
    return new HostError("GENERAL", { detail: code }, e);
  if (mapped === undefined) return new HostError("GENERAL", { detail: code }, e);
  return new HostError(mapped, { sheet, detail: code }, e);
}
