/**
 * Further findings of issue 15 about `src/excel` against Office.js, each as a test on the strict fake that failed
 * on the host before its fix. Sources of the modelled behaviours: docs/excel-behaviours.md.
 */
import type { CellsChanged } from "../../src/core";
import { ExcelHost } from "../../src/excel/ExcelHost";
import { FakeExcel, type FakeExcelOptions, type FakeSheetSpec } from "../excelFake/FakeExcel";

function open(specs: readonly FakeSheetSpec[], options: FakeExcelOptions = {}) {
  const fake = FakeExcel.fromSpecs(specs, options);
  const host = new ExcelHost({
    run: fake.run,
    requirements: fake.requirements,
    settings: fake.settings,
  });
  return { fake, host };
}

/** Events reach handlers a macrotask after the change, and the handler may look the sheet up (one sync). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("the live watch follows the sheet by Worksheet.id", () => {
  it("keeps reading the watched sheet after the officer renames it, with no extra sync", async () => {
    const { fake, host } = open([
      {
        name: "Phụ lục",
        rows: [
          ["Xã", "Hộ"],
          ["A", 1],
        ],
      },
    ]);
    const heard: CellsChanged[] = [];
    const stop = await host.onCellsChanged("Phụ lục", (c) => heard.push(c));
    fake.renameSheet("Phụ lục", "Phụ lục 2025");
    fake.typeCell("Phụ lục 2025", "B2", 3);
    await settle();
    expect(heard).toEqual([{ sheet: "Phụ lục", address: "B2" }]);
    // The live re-check reads the sheet under the name it watches: one sync, the sheet's new name and values.
    const before = fake.syncCount;
    const grid = await host.readGrid("Phụ lục");
    expect(fake.syncCount - before).toBe(1);
    expect(grid.sheet).toBe("Phụ lục 2025");
    expect(grid.values[1]).toEqual(["A", 3]);
    await stop();
    // Once the watch stops, the old name is no sheet any more.
    await expect(host.readGrid("Phụ lục")).rejects.toMatchObject({ code: "SHEET_NOT_FOUND" });
  });
});
