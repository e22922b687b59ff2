/**
 * Live checking: after the first check, the officer's edits re-check by themselves — over ExcelHost on the strict
 * Excel fake (worksheet.onChanged, one event per change) and over the xlsx host (the preview grid's editCell).
 * A burst of edits costs one read sync; the list updates in place.
 */
import * as fs from "fs";
import * as path from "path";
import { act, renderHook, waitFor } from "@testing-library/react";
import { ExcelHost } from "../../excel/ExcelHost";
import { XlsxHost } from "../../xlsx/XlsxHost";
import { FakeExcel } from "../../../tests/excelFake/FakeExcel";
import { APPENDIX_SHEET, buildAppendix, FIRST_DATA_ROW } from "../../../tests/corpus/appendix";
import { toFakeSpecs } from "../../../tests/corpus/toFakeSpecs";
import type { WorkbookHost } from "../../core";
import { noticeText } from "./notice";
import { useWorkbook } from "./useWorkbook";

jest.setTimeout(60_000);

const FIXTURE = path.resolve(__dirname, "../../../assets/samples/binh-luong-2024-errors.xlsx");
const cells = (issues: readonly { cell: string }[] | null) => (issues ?? []).map((i) => i.cell);

async function mount(host: WorkbookHost) {
  const hook = renderHook(() => useWorkbook(host, "vi"));
  await waitFor(() => expect(hook.result.current.state.data).not.toBeNull());
  return hook;
}

function excelOnFake(units: number) {
  const fake = FakeExcel.fromSpecs(toFakeSpecs(buildAppendix({ units, seed: 7 })));
  const host = new ExcelHost({
    run: fake.run,
    requirements: fake.requirements,
    settings: fake.settings,
  });
  return { fake, host };
}

test("Excel fake: onChanged fires once per change with the address, after the change", async () => {
  const { fake, host } = excelOnFake(3);
  const heard: string[] = [];
  const stop = await host.onCellsChanged(APPENDIX_SHEET, (c) =>
    heard.push(`${c.sheet}!${c.address}`)
  );
  fake.typeCell(APPENDIX_SHEET, "F8", 9);
  fake.typeCell(APPENDIX_SHEET, "G9", 1);
  expect(heard).toEqual([]); // Excel delivers events after the edit, not inside it
  await waitFor(() => expect(heard).toEqual(["Phụ lục!F8", "Phụ lục!G9"]));
  await stop();
  fake.typeCell(APPENDIX_SHEET, "F8", 10);
  await new Promise((r) => setTimeout(r, 20));
  expect(heard).toHaveLength(2);
});

test("Excel fake: the add-in's own writes are not heard (triggerSource ThisLocalAddin)", async () => {
  const { host } = excelOnFake(3);
  const heard: string[] = [];
  await host.onCellsChanged(APPENDIX_SHEET, (c) => heard.push(c.address));
  await host.apply({
    action: "test",
    sheets: [{ sheet: APPENDIX_SHEET, writes: [{ row: 8, col: 6, cell: { value: 1 } }] }],
  });
  await new Promise((r) => setTimeout(r, 20));
  expect(heard).toEqual([]);
});

test("Excel fake, 100 units: a burst of edits after the first check costs one read sync, and re-checks", async () => {
  const { fake, host } = excelOnFake(100);
  const { result } = await mount(host);
  await act(() => result.current.actions.runCheck());
  expect(result.current.state.issues).toEqual([]);
  await waitFor(() => expect(result.current.state.live.kind).toBe("watching"));
  fake.resetSyncs();
  const row = FIRST_DATA_ROW + 4;
  // The officer types a wrong rate, then a second and a third cell, quickly.
  fake.typeCell(APPENDIX_SHEET, `F${row}`, 99);
  fake.typeCell(APPENDIX_SHEET, `F${row + 1}`, 98);
  fake.typeCell(APPENDIX_SHEET, `F${row + 2}`, 97);
  await waitFor(() =>
    expect(cells(result.current.state.issues)).toEqual([`F${row}`, `F${row + 1}`, `F${row + 2}`])
  );
  expect(fake.syncCount).toBe(1);
  expect(noticeText(result.current.state.status!, "vi")).toBe(
    "Đã kiểm tra lại sau 3 thay đổi: 0 lỗi, 0 cảnh báo, 3 tỷ lệ cần tính lại."
  );
  // A second burst: one more read.
  fake.typeCell(APPENDIX_SHEET, `F${row}`, 0);
  await waitFor(() => expect(result.current.state.live.kind).toBe("watching"));
  await waitFor(() => expect(fake.syncCount).toBe(2));
});

test("before the first check nothing is watched (no read, no subscription)", async () => {
  const { fake, host } = excelOnFake(5);
  const { result } = await mount(host);
  fake.resetSyncs();
  fake.typeCell(APPENDIX_SHEET, "F8", 99);
  await new Promise((r) => setTimeout(r, 600));
  expect(fake.syncCount).toBe(0);
  expect(result.current.state.issues).toBeNull();
  expect(result.current.state.live.kind).toBe("off");
});

test("xlsx host: correcting F9 (2,83 → 2,38) in the grid removes F9 from the list with no button pressed", async () => {
  const host = await XlsxHost.fromBuffer(fs.readFileSync(FIXTURE), "errors.xlsx");
  const { result } = await mount(host);
  await act(() => result.current.actions.runCheck());
  expect(cells(result.current.state.issues)).toEqual(["F9", "E10", "G11", "I11", "D13", "G14"]);
  const before = result.current.state.issues;
  await waitFor(() => expect(result.current.state.live.kind).toBe("watching"));
  await act(() => host.editCell(APPENDIX_SHEET, "F9", "2,38"));
  await waitFor(() =>
    expect(cells(result.current.state.issues)).toEqual(["E10", "G11", "I11", "D13", "G14"])
  );
  // The other issues are the same records (the list keys on them, so their rows stay in place).
  expect(result.current.state.issues?.[0]).toEqual(before?.[1]);
  expect(noticeText(result.current.state.status!, "vi")).toMatch(
    /^Đã kiểm tra lại sau khi sửa ô F9/
  );
});

test("an edit while a preview is open drops the stale preview and says so", async () => {
  const host = await XlsxHost.fromBuffer(fs.readFileSync(FIXTURE), "errors.xlsx");
  const { result } = await mount(host);
  await act(() => result.current.actions.runCheck());
  await waitFor(() => expect(result.current.state.live.kind).toBe("watching"));
  act(() => result.current.actions.requestFixAll());
  expect(result.current.state.pending).not.toBeNull();
  await act(() => host.editCell(APPENDIX_SHEET, "F9", "2,38"));
  await waitFor(() => expect(result.current.state.pending).toBeNull());
  expect(noticeText(result.current.state.status!, "vi")).toMatch(/bản xem trước đã được bỏ/);
});
