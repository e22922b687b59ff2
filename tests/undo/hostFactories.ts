/** Both hosts, seeded from the same generated workbook: XlsxHost over its .xlsx bytes, ExcelHost over the strict fake. */
import { toA1, type WorkbookHost } from "../../src/core";
import { ExcelHost } from "../../src/excel/ExcelHost";
import { FakeExcel } from "../excelFake/FakeExcel";
import { toFakeSpecs } from "../corpus/toFakeSpecs";
import { seedWorkbook, xlsxHostFactory, type HostFactory } from "./hosts";

const fakes = new WeakMap<WorkbookHost, FakeExcel>();

/**
 * Cell fills of the fake behind an ExcelHost (ExcelHost restores fills on undo, ExcelApi 1.9), or null for
 * other hosts. Other formats are checked in tests/contract/undoFormats.test.ts; widths are not compared (undo
 * leaves them on existing sheets).
 */
export function fillsOf(host: WorkbookHost): Record<string, Record<string, string | null>> | null {
  const fake = fakes.get(host);
  if (!fake) return null;
  const out: Record<string, Record<string, string | null>> = {};
  for (const sheet of fake.exportState()) {
    const fills: Record<string, string | null> = {};
    for (const [address, cell] of Object.entries(sheet.cells))
      if (cell.fill !== null) fills[address] = cell.fill;
    out[sheet.name] = fills;
  }
  return out;
}

function fakeOf(host: WorkbookHost): FakeExcel {
  const fake = fakes.get(host);
  if (!fake) throw new Error("not a fake-backed host");
  return fake;
}

export const excelFakeHostFactory: HostFactory = {
  name: "ExcelHost over the strict fake",
  formulaValues: false,
  moves: {
    insertRows: (host, sheet, at, count) => fakeOf(host).officer.insertRows(sheet, at, count),
    deleteRows: (host, sheet, at, count) => fakeOf(host).officer.deleteRows(sheet, at, count),
    sortRows: (host, sheet, top, bottom, by) =>
      fakeOf(host).officer.sortRows(sheet, top, bottom, by),
    renameSheet: (host, from, to) => fakeOf(host).renameSheet(from, to),
  },
  officerEdit: (host, sheet, row, col, value) => {
    const fake = fakes.get(host);
    if (!fake) throw new Error("not a fake-backed host");
    fake.officerEdit(sheet, toA1(row, col), value);
  },
  make: async () => {
    const fake = FakeExcel.fromSpecs(toFakeSpecs(seedWorkbook()));
    const host = new ExcelHost({
      run: fake.run,
      requirements: fake.requirements,
      settings: fake.settings,
    });
    fakes.set(host, fake);
    return host;
  },
};

export const HOST_FACTORIES: readonly HostFactory[] = [xlsxHostFactory, excelFakeHostFactory];
