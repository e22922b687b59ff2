/**
 * The engine's only public entry (STYLE.md): pure functions over plain data. Other helpers may append
 * `export * from "./summary"`-style lines at the end.
 */
export * from "./model";
export { toA1, fromA1, toColumnLetters, fromColumnLetters, rangeToA1, rangeFromA1, quoteSheetName } from "./address";
export { UsageError, InvalidAddressError } from "./errors";
export type { Lang, MessageParams, Template, Catalog } from "./messages/define";
export { defineMessages, translator, renderTemplate } from "./messages/define";
export { formatNumber } from "./messages/formatNumber";
export { issueMessages, roleMessages, detectMessages, allocationMessages } from "./messages/issues";

export { normalizeText, toMatchKey } from "./text/normalizeText";
export { parseNumberText, findLeadingNumber } from "./parse/parseNumberText";
export type { NumberKind } from "./parse/parseNumberText";
export { parseCell, isPercentFormat } from "./parse/parseCell";
export { detectTables } from "./detect/detectTables";
export { readTable } from "./read/readTable";
export { validateTable } from "./validate/validateTable";
export type { ValidateOptions } from "./validate/types";
export { round2, roundTo, computeRate, isRateAgreeing, RATE_TOLERANCE } from "./rates/computeRate";
export { RATE_DEFINITIONS } from "./rates/rateDefinitions";
export type { RateDefinition } from "./rates/rateDefinitions";
export { formatIssue, formatValue } from "./report/formatIssue";
export * from "./standards";
export * from "./summary";
export * from "./roster";
export * from "./narrative";
