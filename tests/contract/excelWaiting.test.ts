/**
 * A batch Excel is slow to answer (busy, or a cell being edited) still runs when it finally can: the host must never
 * give up on a write it sent (the workbook would change with no undo step) nor start a second batch while the first
 * can still finish.
 */
import type { WritePlan } from "../../src/core";
import { ExcelHost } from "../../src/excel/ExcelHost";
import type { XlRun } from "../../src/excel/excelApi";
import { FakeExcel } from "../excelFake/FakeExcel";

const plan: WritePlan = {
  action: "allocate",
  sheets: [{ sheet: "S", writes: [{ row: 2, col: 2, cell: { value: 5 } }] }],
};

function open() {
  const fake = FakeExcel.fromSpecs([
    {
      name: "S",
      rows: [
        ["Thôn", "Giảm"],
        ["Quang Trung", null],
      ],
    },
  ]);
  let batches = 0;
  const run: XlRun = (batch, options) => {
    batches++;
    return fake.run(batch, options);
  };
  const host = new ExcelHost({
    run,
    requirements: fake.requirements,
    settings: fake.settings,
    timeoutMs: 5,
  });
  const waiting: boolean[] = [];
  host.onWaiting((w) => waiting.push(w));
  return { fake, host, waiting, batches: () => batches };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const b2 = (fake: FakeExcel) => fake.exportState()[0]?.cells["B2"]?.value ?? "";

describe("a slow write", () => {
  it("keeps waiting, says so, and records its undo step when Excel finally runs it", async () => {
    const { fake, host, waiting } = open();
    const release = fake.holdSync(1); // the snapshot passes, the write waits
    const applying = host.apply(plan);
    await pause(30);
    expect(waiting).toEqual([true]);
    release();
    await expect(applying).resolves.toMatchObject({ cellsWritten: 1 });
    expect(waiting).toEqual([true, false]);
    expect(b2(fake)).toBe(5);
    expect(await host.undo()).toMatchObject({ status: "done" });
    expect(b2(fake)).toBe("");
  });
});

describe("a slow read", () => {
  it("times out, and no later call starts a batch until the pending one settled", async () => {
    const { fake, host, batches } = open();
    const release = fake.holdSync();
    await expect(host.readGrid("S")).rejects.toMatchObject({ code: "TIMEOUT" });
    await expect(host.readGrid("S")).rejects.toMatchObject({ code: "TIMEOUT" });
    expect(batches()).toBe(1);
    release();
    const grid = await host.readGrid("S");
    expect(grid.values[1]?.[0]).toBe("Quang Trung");
    expect(batches()).toBe(2);
  });
});
