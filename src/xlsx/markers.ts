import type * as ExcelJS from "exceljs";

/**
 * Generated-sheet markers as workbook-level defined names `_giamngheo.<marker>.<n>` referring to the sheet's A1
 * (the same names the Excel host writes with `workbook.names.add`): Excel updates the reference when the sheet is
 * renamed, and the names survive saving. ExcelJS keeps them through a load/save round trip.
 */
export const MARKER_PREFIX = "_giamngheo.";

type DefinedNames = {
  model: { name: string; ranges: string[] }[];
  add(locStr: string, name: string): void;
  removeAllNames(name: string): void;
};

const namesOf = (wb: ExcelJS.Workbook): DefinedNames => wb.definedNames as unknown as DefinedNames;

function quote(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

function sheetOf(range: string): string | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!/.exec(range);
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
}

/** Marker per sheet (lower-case name). */
export function markersOf(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of namesOf(wb).model) {
    if (!n.name.toLowerCase().startsWith(MARKER_PREFIX)) continue;
    const marker = n.name.slice(MARKER_PREFIX.length).replace(/\.\d+$/, "");
    for (const r of n.ranges) {
      const sheet = sheetOf(r);
      if (sheet !== null && marker !== "") out.set(sheet.toLowerCase(), marker);
    }
  }
  return out;
}

/** Mark `sheet` as generated (`marker` letters and digits only), unique among the workbook's names. */
export function setMarker(wb: ExcelJS.Workbook, sheet: string, marker: string): void {
  const safe = marker.replace(/[^A-Za-z0-9]/g, "") || "sheet";
  const taken = new Set(namesOf(wb).model.map((n) => n.name.toLowerCase()));
  let n = 1;
  while (taken.has(`${MARKER_PREFIX}${safe}.${n}`.toLowerCase())) n++;
  namesOf(wb).add(`${quote(sheet)}!$A$1`, `${MARKER_PREFIX}${safe}.${n}`);
}

/** Remove the markers of a sheet (its deletion by undo must not leave names pointing nowhere). */
export function removeMarkers(wb: ExcelJS.Workbook, sheet: string): void {
  const lower = sheet.toLowerCase();
  for (const n of namesOf(wb).model) {
    if (!n.name.toLowerCase().startsWith(MARKER_PREFIX)) continue;
    if (n.ranges.some((r) => sheetOf(r)?.toLowerCase() === lower))
      namesOf(wb).removeAllNames(n.name);
  }
}

/** The names' model, to put back on undo. */
export function namesModel(wb: ExcelJS.Workbook): { name: string; ranges: string[] }[] {
  return structuredClone(namesOf(wb).model);
}

export function restoreNames(
  wb: ExcelJS.Workbook,
  model: { name: string; ranges: string[] }[]
): void {
  namesOf(wb).model = structuredClone(model);
}

/** A sheet was renamed: its markers refer to the new name (Excel updates defined names the same way). */
export function renameMarkers(wb: ExcelJS.Workbook, from: string, to: string): void {
  const lower = from.toLowerCase();
  const names = namesOf(wb);
  names.model = names.model.map((n) =>
    n.name.toLowerCase().startsWith(MARKER_PREFIX)
      ? {
          ...n,
          ranges: n.ranges.map((r) =>
            sheetOf(r)?.toLowerCase() === lower ? `${quote(to)}${r.slice(r.lastIndexOf("!"))}` : r
          ),
        }
      : n
  );
}
