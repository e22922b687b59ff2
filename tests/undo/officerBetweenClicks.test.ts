/**
 * The undo property with the officer at work between Apply and Undo (issue 15), on both hosts: the officer edits
 * cells inside the written block, inserts rows, deletes the rows they inserted, sorts the villages and renames the
 * sheet. Invariant: no officer value is lost, no value lands in another unit's row, and undo's result lists exactly
 * what it restored (which then holds that unit's value from before Apply) and what it kept.
 */
import fc from "fast-check";
import { shiftFormula, toA1 } from "../../src/core";
import type { Grid, UndoResult, WorkbookHost } from "../../src/core";
import { APPENDIX_SHEET, FIRST_DATA_ROW } from "../corpus/appendix";
import { engineActions } from "./engineActions";
import { HOST_FACTORIES } from "./hostFactories";

jest.setTimeout(300_000);

const ACTIONS = engineActions.filter((a) =>
  ["fix all (values)", "fix all (formulas)", "fix one issue", "allocate a target"].includes(a.name)
);
const NAME_COL = 2;
const HOUSEHOLDS_COL = 4;

type Op =
  | { readonly kind: "edit"; readonly pick: number }
  | { readonly kind: "insert"; readonly pick: number }
  | { readonly kind: "deleteInserted" }
  | { readonly kind: "sort" }
  | { readonly kind: "rename" };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.nat(1000).map((pick): Op => ({ kind: "edit", pick })) },
  { weight: 2, arbitrary: fc.nat(1000).map((pick): Op => ({ kind: "insert", pick })) },
  fc.constant<Op>({ kind: "deleteInserted" }),
  fc.constant<Op>({ kind: "sort" }),
  fc.constant<Op>({ kind: "rename" })
);

type Cell = { readonly value: unknown; readonly formula: string | null };
const at = (g: Grid, row: number, col: number): Cell => ({
  value: g.values[row - g.top]?.[col - g.left] ?? null,
  formula: g.formulas[row - g.top]?.[col - g.left] ?? null,
});
/** The row holding a unit's name now (names are unique in the generated appendix). */
function rowOf(g: Grid, name: string): number | null {
  const rows = g.values.flatMap((r, i) => (r[NAME_COL - g.left] === name ? [g.top + i] : []));
  return rows.length === 1 ? (rows[0] ?? null) : null;
}
const unitRows = (g: Grid): number[] =>
  g.values.flatMap((r, i) => {
    const name = r[NAME_COL - g.left];
    const row = g.top + i;
    return row >= FIRST_DATA_ROW && typeof name === "string" && /^Thôn/.test(name) ? [row] : [];
  });

/** Same contents, a formula compared once moved with its row. */
function same(now: Cell, then: Cell, movedRows: number): boolean {
  if (then.formula !== null)
    return (
      now.formula !== null &&
      now.formula === shiftFormula(then.formula, { rows: movedRows, cols: 0 })
    );
  if (now.formula !== null) return false;
  if (typeof then.value === "number" && typeof now.value === "number")
    return Math.abs(now.value - then.value) < 1e-9;
  return (now.value ?? null) === (then.value ?? null);
}

describe.each(HOST_FACTORIES)("undo with the officer at work, on $name", (factory) => {
  it("keeps every officer value, writes no value into another unit's row, reports exactly", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ACTIONS),
        fc.nat(1000),
        fc.array(op, { minLength: 1, maxLength: 5 }),
        async (action, pick, ops) => {
          const host: WorkbookHost = await factory.make();
          const plan = await action.plan(host, pick);
          if (!plan) return;
          const before = await host.readGrid(APPENDIX_SHEET);
          const writes = plan.sheets.find((s) => s.sheet === APPENDIX_SHEET)?.writes ?? [];
          // Written cells of named rows (villages and the totals row), known by the row's name.
          const tracked = writes.flatMap((w) => {
            const name = before.values[w.row - before.top]?.[NAME_COL - before.left];
            if (w.row < FIRST_DATA_ROW || typeof name !== "string" || rowOf(before, name) !== w.row)
              return [];
            return [{ name, col: w.col, row: w.row, before: at(before, w.row, w.col) }];
          });
          await host.apply(plan);
          let sheet = APPENDIX_SHEET;
          const edits = new Map<string, number>();
          let inserted = 0;
          for (const [k, o] of ops.entries()) {
            const g = await host.readGrid(sheet);
            const units = unitRows(g);
            if (o.kind === "edit" && tracked.length > 0) {
              const t = tracked[o.pick % tracked.length]!;
              const row = rowOf(g, t.name);
              if (row === null) continue;
              const value = 9000 + k;
              factory.officerEdit(host, sheet, row, t.col, value);
              edits.set(`${t.name}|${t.col}`, value);
            } else if (o.kind === "insert" && units.length > 0) {
              factory.moves.insertRows(host, sheet, units[o.pick % units.length]!, 1);
              inserted++;
            } else if (o.kind === "deleteInserted" && inserted > 0 && units.length > 0) {
              const first = units[0]!;
              const last = units[units.length - 1]!;
              for (let r = first; r <= last; r++) {
                if (at(g, r, NAME_COL).value === null && at(g, r, HOUSEHOLDS_COL).value === null) {
                  factory.moves.deleteRows(host, sheet, r, 1);
                  inserted--;
                  break;
                }
              }
            } else if (o.kind === "sort" && units.length > 1) {
              factory.moves.sortRows(
                host,
                sheet,
                units[0]!,
                units[units.length - 1]!,
                HOUSEHOLDS_COL
              );
            } else if (o.kind === "rename") {
              const to = sheet === APPENDIX_SHEET ? "Phụ lục (sửa)" : APPENDIX_SHEET;
              factory.moves.renameSheet(host, sheet, to);
              sheet = to;
            }
          }
          const preUndo = await host.readGrid(sheet);
          const result: UndoResult = await host.undo();
          expect(["done", "partial", "refused"]).toContain(result.status);
          if (result.status === "nothing" || result.status === "confirm") return;
          const after = await host.readGrid(sheet);
          const restored = new Set(
            result.restored.filter((c) => c.sheet === sheet).map((c) => c.address)
          );
          const kept = new Map(
            result.kept.filter((c) => c.sheet === sheet).map((c) => [c.address, c.reason])
          );
          const seen = new Set<string>();
          for (const t of tracked) {
            const row = rowOf(after, t.name);
            if (row === null) continue;
            const address = toA1(row, t.col);
            seen.add(address);
            const now = at(after, row, t.col);
            const officer = edits.get(`${t.name}|${t.col}`);
            const label = { unit: t.name, address, now };
            if (officer !== undefined) {
              // The officer's value is never lost, and undo names the cell it kept.
              expect({ ...label, value: now.value }).toEqual({ ...label, value: officer });
              expect({ ...label, reason: kept.get(address) }).toEqual({
                ...label,
                reason: "edited",
              });
            } else if (restored.has(address)) {
              // Restored means: this unit's own value from before Apply, in this unit's row.
              expect({ ...label, ok: same(now, t.before, row - t.row) }).toEqual({
                ...label,
                ok: true,
              });
            } else {
              // Kept: named, and left as it was before the undo.
              expect({ ...label, kept: kept.has(address) }).toEqual({ ...label, kept: true });
              expect({ ...label, ok: same(now, at(preUndo, row, t.col), 0) }).toEqual({
                ...label,
                ok: true,
              });
            }
          }
          // Nothing restored or kept outside the written cells (header cells above the villages aside).
          for (const a of [...restored, ...kept.keys()]) {
            const row = Number(/\d+$/.exec(a)?.[0]);
            if (row >= FIRST_DATA_ROW)
              expect({ address: a, written: seen.has(a) }).toEqual({ address: a, written: true });
          }
        }
      ),
      { numRuns: 20 }
    );
  });
});
