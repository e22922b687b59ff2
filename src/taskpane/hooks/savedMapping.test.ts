import type { TableLayout } from "../../core";
import { applySavedMapping, serializeMapping, withColumns } from "./savedMapping";

const layout: TableLayout = {
  sheet: "Phụ lục",
  range: { top: 5, left: 1, bottom: 14, right: 9 },
  headerRows: [5, 7],
  dataRows: [8, 13],
  unitRows: [8, 9, 10, 11, 12, 13],
  totalsRow: 14,
  columns: { index: 1, unit: 2, population: 3, households: 4, poor: 5, poorRate: 6 },
  confidence: 1,
};
const other: TableLayout = { ...layout, sheet: "Khác" };

test("a saved mapping is re-applied to the table on the same sheet and header row", () => {
  const saved = serializeMapping(
    withColumns(layout, { unit: 2, households: 4, poor: 5, poorCut: 7 })
  );
  const { tables, restored } = applySavedMapping([other, layout], saved);
  expect(restored).toBe(1);
  expect(tables[1]?.columns).toEqual({ unit: 2, households: 4, poor: 5, poorCut: 7 });
  expect(tables[1]?.range).toEqual({ top: 5, left: 2, bottom: 14, right: 7 });
  expect(tables[0]).toBe(other);
});

test("nothing saved, garbage, an empty value or another sheet leave the detection as it is", () => {
  for (const text of [
    null,
    "",
    "not json",
    '{"v":2}',
    serializeMapping({ ...layout, sheet: "Gone" }),
  ]) {
    const { tables, restored } = applySavedMapping([layout], text);
    expect(restored).toBeNull();
    expect(tables[0]).toBe(layout);
  }
});

test("column numbers from the setting must be positive whole numbers", () => {
  const text = JSON.stringify({
    v: 1,
    sheet: "Phụ lục",
    headerTop: 5,
    columns: { unit: 2, poor: -1, households: 1.5, bogus: 3 },
  });
  expect(applySavedMapping([layout], text).tables[0]?.columns).toEqual({ unit: 2 });
});
