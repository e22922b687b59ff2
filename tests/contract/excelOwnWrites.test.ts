/**
 * Below ExcelApi 1.14 change events carry no `triggerSource`, so Excel's echo of the add-in's own write looks like
 * an officer edit. The host remembers the ranges it writes (sheet and address) and takes back exactly one echo per
 * range, while the write is pending or shortly after it settled; every other change is the officer's and is heard.
 * Excel delivers events asynchronously, at times long after the sync (office-js #521, #1502): `fake.holdEvents`.
 */
import type { WritePlan } from "../../src/core";
import type { XlWorksheetChangedArgs } from "../../src/excel/excelApi";
import { excelHostOn } from "../excelFake/excelHostOn";
import { FakeExcel } from "../excelFake/FakeExcel";

const SHEET = "Phụ lục";

/** Writes C2:C3 (one range); the officer's own cells are B2, B3. */
const plan: WritePlan = {
  action: "fillRates",
  sheets: [
    { sheet: SHEET, writes: [2, 3].map((row) => ({ row, col: 3, cell: { value: row * 10 } })) },
  ],
};

async function open(excelApi: string) {
  const fake = FakeExcel.fromSpecs(
    [
      {
        name: SHEET,
        rows: [
          ["Thôn", "Hộ", "Tỷ lệ"],
          ["A", 1, null],
          ["B", 2, null],
        ],
      },
    ],
    { excelApi }
  );
  const host = excelHostOn(fake);
  // Every event Excel raises, whoever caused it: to know when the host's listener has had its chance.
  const raised: XlWorksheetChangedArgs[] = [];
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem(SHEET).onChanged.add(async (args) => {
      raised.push(args);
    });
    await context.sync();
  });
  const heard: string[] = [];
  await host.onCellsChanged(SHEET, (c) => heard.push(c.address));
  /** Wait (by turns of the event loop, not by the clock) until Excel has raised `n` events in all. */
  const raisedCount = async (n: number) => {
    for (let turn = 0; turn < 200 && raised.length < n; turn++)
      await new Promise((resolve) => setTimeout(resolve, 0));
    expect(raised).toHaveLength(n);
  };
  return { fake, host, heard, raised, raisedCount };
}

describe("ExcelApi 1.8 (no triggerSource): the add-in's own writes", () => {
  it("are not heard as officer edits", async () => {
    const { host, heard, raised, raisedCount } = await open("1.8");
    await host.apply(plan);
    await raisedCount(1);
    expect(raised[0]).toMatchObject({ address: "C2:C3" });
    expect(raised[0]?.triggerSource).toBeUndefined();
    expect(heard).toEqual([]);
  });

  it("nor is undo's restore", async () => {
    const { host, heard, raisedCount } = await open("1.8");
    await host.apply(plan);
    await raisedCount(1);
    expect(await host.undo()).toMatchObject({ status: "done" });
    await raisedCount(2);
    expect(heard).toEqual([]);
  });

  it("an officer edit of another cell in the same moment is heard, even when Excel delivers both late", async () => {
    const { fake, host, heard, raisedCount } = await open("1.8");
    const release = fake.holdEvents();
    await host.apply(plan);
    fake.typeCell(SHEET, "B2", 5);
    release();
    await raisedCount(2);
    expect(heard).toEqual(["B2"]);
  });

  it("an officer edit while the write waits for Excel is heard; the write's echo is not", async () => {
    const { fake, host, heard, raisedCount } = await open("1.8");
    const releaseSync = fake.holdSync(1); // the snapshot passes, the write waits
    const applying = host.apply(plan);
    fake.typeCell(SHEET, "B3", 7);
    await raisedCount(1);
    releaseSync();
    await applying;
    await raisedCount(2);
    expect(heard).toEqual(["B3"]);
  });

  it("the officer retyping the written cell after Excel echoed the write is heard (one echo per range)", async () => {
    const { fake, host, heard, raisedCount } = await open("1.8");
    await host.apply({
      action: "fix",
      sheets: [{ sheet: SHEET, writes: [{ row: 2, col: 3, cell: { value: 1 } }] }],
    });
    await raisedCount(1);
    fake.typeCell(SHEET, "C2", 2);
    await raisedCount(2);
    expect(heard).toEqual(["C2"]);
  });
});

describe("ExcelApi 1.8: two watches of the same sheet", () => {
  it("neither hears the write's echo (each handler gets every event)", async () => {
    const { host, heard, raisedCount } = await open("1.8");
    const second: string[] = [];
    await host.onCellsChanged(SHEET, (c) => second.push(c.address));
    await host.apply(plan);
    await raisedCount(1);
    expect(heard).toEqual([]);
    expect(second).toEqual([]);
  });
});

describe("ExcelApi 1.14: triggerSource tells them apart", () => {
  it("the add-in's write is left out, the officer's edit heard", async () => {
    const { fake, host, heard, raised, raisedCount } = await open("1.14");
    await host.apply(plan);
    fake.typeCell(SHEET, "C2", 99);
    await raisedCount(2);
    expect(raised.map((r) => r.triggerSource)).toEqual(["ThisLocalAddin", "Unknown"]);
    expect(heard).toEqual(["C2"]);
  });
});
