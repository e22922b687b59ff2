/**
 * The Excel host's writes and undo are a chunk of their own (src/excel/lazyWrites.ts), so the pane's first script
 * stays small: reading never loads them, and while the module is on its way batches still run in call order.
 */
import type { WritePlan } from "../../src/core";
import { ExcelHost } from "../../src/excel/ExcelHost";
import type { Writes } from "../../src/excel/lazyWrites";
import { FakeExcel } from "../excelFake/FakeExcel";

const PLAN: WritePlan = {
  action: "fix",
  sheets: [{ sheet: "Phụ lục", writes: [{ row: 2, col: 2, cell: { value: 99 } }] }],
};

const fakeWorkbook = () =>
  FakeExcel.fromSpecs([
    {
      name: "Phụ lục",
      rows: [
        ["Thôn", "Số hộ"],
        ["Thôn 1", 10],
      ],
    },
  ]);

function hostOver(fake: FakeExcel, loadWrites?: () => Promise<Writes>): ExcelHost {
  return new ExcelHost({
    run: fake.run,
    requirements: fake.requirements,
    settings: fake.settings,
    ...(loadWrites ? { loadWrites } : {}),
  });
}

/** A loader held back until `open()`: the module on a slow link. */
function heldLoader() {
  let open = (): void => undefined;
  let fail = (_e: Error): void => undefined;
  let calls = 0;
  const load = () => {
    calls++;
    return new Promise<Writes>((resolve, reject) => {
      open = () => resolve(jest.requireActual<Writes>("../../src/excel/writeParts"));
      fail = reject;
    });
  };
  return { load, open: () => open(), fail: (e: Error) => fail(e), calls: () => calls };
}

test("reading never loads the write module (writes, undo, highlights); the first write does, once", async () => {
  let loads = 0;
  let highlightLoads = 0;
  let host: ExcelHost | undefined;
  jest.isolateModules(() => {
    jest.doMock("../../src/excel/writes", () => {
      loads++;
      return jest.requireActual("../../src/excel/writes");
    });
    jest.doMock("../../src/excel/highlights", () => {
      highlightLoads++;
      return jest.requireActual("../../src/excel/highlights");
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const m = require("../../src/excel/ExcelHost") as typeof import("../../src/excel/ExcelHost");
    const fake = fakeWorkbook();
    host = new m.ExcelHost({ run: fake.run, requirements: fake.requirements });
  });
  await host!.readGrid("Phụ lục");
  await host!.undo(); // nothing to undo: no module needed either
  expect([loads, highlightLoads]).toEqual([0, 0]);
  await host!.apply(PLAN);
  await host!.apply(PLAN);
  await host!.undo();
  await host!.highlight("Phụ lục", ["B2"]);
  await host!.clearHighlight();
  expect([loads, highlightLoads]).toEqual([1, 1]);
});

test("while the module is on its way, batches asked for after a write wait for it, in call order", async () => {
  const fake = fakeWorkbook();
  const loader = heldLoader();
  const host = hostOver(fake, loader.load);
  const order: string[] = [];
  const second: WritePlan = {
    action: "fix",
    sheets: [{ sheet: "Phụ lục", writes: [{ row: 2, col: 2, cell: { value: 7 } }] }],
  };
  const write = host.apply(PLAN).then(() => order.push("write 99"));
  const read = host.readGrid("Phụ lục").then((g) => {
    order.push("read");
    return g.values[1]?.[1];
  });
  const rewrite = host.apply(second).then(() => order.push("write 7"));
  await new Promise((r) => setTimeout(r, 20));
  expect(order).toEqual([]); // nothing overtook the write while its module loads
  loader.open();
  await Promise.all([write, read, rewrite]);
  expect(order).toEqual(["write 99", "read", "write 7"]);
  await expect(read).resolves.toBe(99);
  expect(host.undoDepth()).toBe(2);
  await host.undo();
  expect((await host.readGrid("Phụ lục")).values[1]?.[1]).toBe(99);
  expect(loader.calls()).toBe(1);
});

test("a module that could not be fetched fails that write, frees the batches behind it, and is fetched again", async () => {
  const fake = fakeWorkbook();
  const loader = heldLoader();
  const host = hostOver(fake, loader.load);
  const write = host.apply(PLAN);
  const read = host.readGrid("Phụ lục");
  loader.fail(new Error("Loading chunk excel-writes failed"));
  await expect(write).rejects.toThrow("Loading chunk excel-writes failed");
  expect((await read).values[1]?.[1]).toBe(10);
  expect(host.undoDepth()).toBe(0);
  const again = host.apply(PLAN);
  loader.open();
  await again;
  expect(loader.calls()).toBe(2);
  expect((await host.readGrid("Phụ lục")).values[1]?.[1]).toBe(99);
});
