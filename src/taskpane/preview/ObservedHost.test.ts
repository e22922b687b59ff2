import { XlsxHost } from "../../xlsx/XlsxHost";
import { ObservedHost } from "./ObservedHost";

test("after a write the grid knows what changed and which sheet was inserted; undo clears the marks", async () => {
  const host = new ObservedHost(XlsxHost.create(["Phụ lục"]));
  let heard = 0;
  host.subscribe(() => heard++);
  await host.apply({
    action: "fix",
    sheets: [{ sheet: "Phụ lục", writes: [{ row: 9, col: 6, cell: { value: 2.38 } }] }],
  });
  expect([...host.writtenCells("Phụ lục")]).toEqual(["F9"]);
  expect(host.takeCreatedSheet()).toBeNull();
  await host.apply({
    action: "summary",
    sheets: [
      { sheet: "Tổng hợp", create: true, writes: [{ row: 1, col: 1, cell: { value: "x" } }] },
    ],
  });
  expect(host.takeCreatedSheet()).toBe("Tổng hợp");
  expect(host.takeCreatedSheet()).toBeNull(); // once: the grid switches, then stays where the officer goes
  await host.undo();
  expect([...host.writtenCells("Tổng hợp")]).toEqual([]);
  expect(heard).toBe(3);
});

test("an edit typed into the grid reaches the pane's change listeners, once, with its address", async () => {
  const xlsx = XlsxHost.create(["Phụ lục"]);
  const host = new ObservedHost(xlsx);
  const changes: string[] = [];
  const stop = await host.onCellsChanged("Phụ lục", (c) => changes.push(c.address));
  await xlsx.editCell("Phụ lục", "f9", "2,38");
  host.cellEdited("Phụ lục", "F9");
  expect(changes).toEqual(["F9"]);
  expect((await host.readGrid("Phụ lục")).values.at(-1)?.at(-1)).toBe(2.38);
  expect([...host.writtenCells("Phụ lục")]).toEqual(["F9"]);
  await stop();
  await xlsx.editCell("Phụ lục", "F9", "text");
  expect(changes).toEqual(["F9"]);
});
