import type * as ExcelJS from "exceljs";
import { mergesOf } from "../readGrid";

/** What changed in one cell: its content (value, formula, cached result) and/or its format. */
export type CellChange = { readonly value: boolean; readonly style: boolean };

/** What the host changed in a sheet that was already in the file. */
export type SheetChanges = {
  readonly cells: Map<number, Map<number, CellChange>>;
  readonly cols: boolean;
  readonly merges: boolean;
  readonly validations: boolean;
  readonly views: boolean;
};

export type DefinedName = { readonly name: string; readonly ranges: readonly string[] };

/** Everything the in-memory workbook holds that the file it was read from does not. */
export type WorkbookChanges = {
  /** Sheets of the file (by name) that changed. */
  readonly changed: Map<string, SheetChanges>;
  /** Sheets that are new, in workbook order. */
  readonly added: readonly string[];
  /** Sheets of the file that are gone (undo deleted them, or the settings sheet was rewritten). */
  readonly removed: readonly string[];
  readonly namesAdded: readonly DefinedName[];
  readonly namesRemoved: readonly string[];
  readonly fullCalcOnLoad: boolean;
};

/** JSON with object keys sorted, so two models built in a different key order compare equal. */
export function stableStringify(v: unknown): string {
  if (v instanceof Date) return JSON.stringify(v.getTime());
  if (Array.isArray(v)) return `[${v.map(stableStringify).join(",")}]`;
  if (typeof v === "object" && v !== null) {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableStringify(o[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}

/**
 * ExcelJS shares one style object between the cells of one cell format: within one comparison each is stringified
 * once (a comparison's own memo: a style object may be changed in place between two saves).
 */
type StyleMemo = Map<object, string>;

function styleKey(style: object | undefined, memo: StyleMemo): string {
  if (!style) return "{}";
  let key = memo.get(style);
  if (key === undefined) {
    key = stableStringify(style);
    memo.set(style, key);
  }
  return key;
}

/** `value` is plain JSON (fast); two that differ are compared again key-order-free (`sameValue`). */
type Keys = { readonly value: string; readonly style: string; readonly content: unknown };
const EMPTY: Keys = { value: "null", style: "{}", content: null };

const sameValue = (a: Keys, b: Keys): boolean =>
  a.value === b.value || stableStringify(a.content) === stableStringify(b.content);

type InternalCell = { readonly model: ExcelJS.CellModel };
type InternalRow = { readonly _cells?: (InternalCell | undefined)[] };
type InternalSheet = {
  readonly _rows?: (InternalRow | undefined)[];
  readonly _columns?: ({ readonly defn: unknown } | undefined)[];
  readonly dataValidations: { readonly model: unknown };
};

/**
 * A cell's content and format as comparable text. `ssId` and `styleId` are left out: ExcelJS adds them to the live
 * models while it writes a file, so a workbook saved once would otherwise differ everywhere from a fresh reading.
 */
function keysOf(cell: InternalCell, memo: StyleMemo): Keys {
  const {
    style,
    address: _address,
    comment: _comment,
    ssId: _ssId,
    styleId: _styleId,
    ...rest
  } = cell.model as ExcelJS.CellModel & { comment?: unknown; ssId?: unknown; styleId?: unknown };
  const empty = (rest.type as number) === 0; // ValueType.Null
  return {
    value: empty ? "null" : JSON.stringify(rest),
    style: styleKey(style, memo),
    content: empty ? null : rest,
  };
}

/** Every cell ExcelJS holds for the sheet (styled empty cells included), by row then column. */
function cellKeys(
  ws: ExcelJS.Worksheet,
  memo: StyleMemo = new Map()
): Map<number, Map<number, Keys>> {
  const out = new Map<number, Map<number, Keys>>();
  const rows = (ws as unknown as InternalSheet)._rows ?? [];
  rows.forEach((row, i) => {
    const cells = row?._cells ?? [];
    cells.forEach((cell, j) => {
      if (!cell) return;
      let line = out.get(i + 1);
      if (!line) out.set(i + 1, (line = new Map()));
      line.set(j + 1, keysOf(cell, memo));
    });
  });
  return out;
}

function sheetChanges(before: ExcelJS.Worksheet, after: ExcelJS.Worksheet): SheetChanges | null {
  const a = cellKeys(before);
  const b = cellKeys(after);
  const cells = new Map<number, Map<number, CellChange>>();
  for (const r of new Set([...a.keys(), ...b.keys()])) {
    const ra = a.get(r);
    const rb = b.get(r);
    for (const c of new Set([...(ra?.keys() ?? []), ...(rb?.keys() ?? [])])) {
      const ka = ra?.get(c) ?? EMPTY;
      const kb = rb?.get(c) ?? EMPTY;
      const change = { value: !sameValue(ka, kb), style: ka.style !== kb.style };
      if (!change.value && !change.style) continue;
      let line = cells.get(r);
      if (!line) cells.set(r, (line = new Map()));
      line.set(c, change);
    }
  }
  const ib = before as unknown as InternalSheet;
  const ia = after as unknown as InternalSheet;
  const same = (x: unknown, y: unknown) => stableStringify(x) === stableStringify(y);
  const changes: SheetChanges = {
    cells,
    cols: !same(
      ib._columns?.map((c) => c?.defn ?? null) ?? [],
      ia._columns?.map((c) => c?.defn ?? null) ?? []
    ),
    merges: !same(mergesOf(before), mergesOf(after)),
    validations: !same(ib.dataValidations.model, ia.dataValidations.model),
    views: !same(before.views, after.views),
  };
  const any =
    cells.size > 0 || changes.cols || changes.merges || changes.validations || changes.views;
  return any ? changes : null;
}

const namesOf = (wb: ExcelJS.Workbook): DefinedName[] =>
  (wb.definedNames as unknown as { model: DefinedName[] }).model;

/** Compare the workbook as read from the file (`before`) with the host's workbook now (`after`). */
export function diffWorkbooks(before: ExcelJS.Workbook, after: ExcelJS.Workbook): WorkbookChanges {
  const changed = new Map<string, SheetChanges>();
  const beforeNames = new Set(before.worksheets.map((w) => w.name));
  const afterNames = new Set(after.worksheets.map((w) => w.name));
  for (const ws of after.worksheets) {
    const old = before.getWorksheet(ws.name);
    if (!old) continue;
    const c = sheetChanges(old, ws);
    if (c) changed.set(ws.name, c);
  }
  const key = (n: DefinedName) => `${n.name}\u0000${stableStringify(n.ranges)}`;
  const namesBefore = new Map(namesOf(before).map((n) => [key(n), n]));
  const namesAfter = new Map(namesOf(after).map((n) => [key(n), n]));
  const calc = (wb: ExcelJS.Workbook) => wb.calcProperties.fullCalcOnLoad === true;
  return {
    changed,
    added: after.worksheets.map((w) => w.name).filter((n) => !beforeNames.has(n)),
    removed: before.worksheets.map((w) => w.name).filter((n) => !afterNames.has(n)),
    namesAdded: [...namesAfter].filter(([k]) => !namesBefore.has(k)).map(([, n]) => n),
    namesRemoved: [...namesBefore].filter(([k]) => !namesAfter.has(k)).map(([, n]) => n.name),
    fullCalcOnLoad: calc(after) && !calc(before),
  };
}
