import type { RangeRef } from "../../src/core";
import { rangeToA1 } from "../../src/core";
import type { XlWorksheetChangedArgs } from "../../src/excel/excelApi";
import type { FakeSheet, FakeState } from "./fakeState";

/** One `worksheet.onChanged.add` registration. */
export type FakeChangeHandler = {
  readonly sheet: FakeSheet;
  readonly handler: (args: XlWorksheetChangedArgs) => Promise<unknown>;
};

const registry = new WeakMap<FakeState, Set<FakeChangeHandler>>();
/** Deliveries waiting while events are held (`holdEvents`), oldest first. */
const held = new WeakMap<FakeState, (() => void)[]>();

export function changeHandlers(state: FakeState): Set<FakeChangeHandler> {
  let set = registry.get(state);
  if (!set) {
    set = new Set();
    registry.set(state, set);
  }
  return set;
}

/**
 * Hold every change event of this workbook until the returned function is called, then deliver them in order: Excel
 * delivers events asynchronously, sometimes seconds after the change (office-js #521, #1502), so the add-in's own
 * write can be heard after the write settled and after the officer's next edit.
 */
export function holdChangeEvents(state: FakeState): () => void {
  if (!held.has(state)) held.set(state, []);
  return () => {
    const waiting = held.get(state) ?? [];
    held.delete(state);
    for (const deliver of waiting) setTimeout(deliver, 0);
  };
}

/**
 * Raise `onChanged` like Excel: one event per change (one range write or one edit), with the changed address
 * without the sheet name, delivered after the change is done (a macrotask later, never inside the sync; later
 * still while events are held). `triggerSource` exists from ExcelApi 1.14 only: callers pass `undefined` below it,
 * and the field is absent.
 */
export function raiseChanged(
  state: FakeState,
  sheet: FakeSheet,
  ref: RangeRef,
  triggerSource: "ThisLocalAddin" | "Unknown" | undefined
): void {
  const targets = [...changeHandlers(state)].filter((h) => h.sheet === sheet);
  if (targets.length === 0) return;
  const args: XlWorksheetChangedArgs = {
    address: rangeToA1(ref),
    changeType: "RangeEdited",
    source: "Local",
    ...(triggerSource !== undefined ? { triggerSource } : {}),
    worksheetId: sheet.id,
  };
  const deliver = () => {
    for (const h of targets) if (changeHandlers(state).has(h)) void h.handler(args);
  };
  const waiting = held.get(state);
  if (waiting) waiting.push(deliver);
  else setTimeout(deliver, 0);
}
