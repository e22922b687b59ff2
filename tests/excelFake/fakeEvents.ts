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

export function changeHandlers(state: FakeState): Set<FakeChangeHandler> {
  let set = registry.get(state);
  if (!set) {
    set = new Set();
    registry.set(state, set);
  }
  return set;
}

/**
 * Raise `onChanged` like Excel: one event per change (one range write or one edit), with the changed address
 * without the sheet name, delivered after the change is done (a macrotask later, never inside the sync).
 * `triggerSource` exists from ExcelApi 1.14 only: callers pass `undefined` below it, and the field is absent.
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
  setTimeout(() => {
    for (const h of targets) if (changeHandlers(state).has(h)) void h.handler(args);
  }, 0);
}
