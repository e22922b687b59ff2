/**
 * Below ExcelApi 1.14 Excel's change events carry no `triggerSource`: the pane's own write must not come back as an
 * "officer edit" (a live re-check announcing a cell the officer never touched), and an officer edit made in the same
 * moment must still be re-checked. The pane's hook over ExcelHost on the strict fake at ExcelApi 1.8.
 */
import * as fs from "fs";
import * as path from "path";
import { act, renderHook, waitFor } from "@testing-library/react";
import { ExcelHost } from "../../excel/ExcelHost";
import type { XlWorksheetChangedArgs } from "../../excel/excelApi";
import { fakeFromXlsx } from "../../../tests/contract/fakeFromXlsx";
import { changeHandlers } from "../../../tests/excelFake/fakeEvents";
import { APPENDIX_SHEET } from "../../../tests/corpus/appendix";
import { noticeText } from "./notice";
import { useWorkbook } from "./useWorkbook";

jest.setTimeout(60_000);

const FIXTURE = path.resolve(__dirname, "../../../assets/samples/binh-luong-2024-errors.xlsx");

async function checkedPane() {
  const fake = await fakeFromXlsx(fs.readFileSync(FIXTURE), { excelApi: "1.8" });
  const host = new ExcelHost({
    run: fake.run,
    requirements: fake.requirements,
    settings: fake.settings,
  });
  const { result } = renderHook(() => useWorkbook(host, "vi"));
  await waitFor(() => expect(result.current.state.data).not.toBeNull());
  await act(() => result.current.actions.runCheck());
  await waitFor(() => expect(result.current.state.live.kind).toBe("watching"));
  await waitFor(() => expect(changeHandlers(fake.state).size).toBe(1));
  // Every event Excel raises, whoever caused it (registered after the pane's, so it hears each one after it).
  const raised: XlWorksheetChangedArgs[] = [];
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem(APPENDIX_SHEET).onChanged.add(async (args) => {
      raised.push(args);
    });
    await context.sync();
  });
  const status = () => noticeText(result.current.state.status!, "vi");
  const issue = (cell: string) => result.current.state.issues?.find((i) => i.cell === cell);
  return { fake, host, result, raised, status, issue };
}

test("ExcelApi 1.8: the pane's fix is not heard back as the officer's edit", async () => {
  const { fake, result, raised, status, issue } = await checkedPane();
  const e10 = issue("E10");
  expect(e10).toBeDefined();
  await act(() => result.current.actions.fixIssue(e10!));
  expect(status()).toMatch(/^Đã xong: Sửa ô E10/);
  await waitFor(() => expect(raised.map((r) => r.address)).toEqual(["E10"]));
  expect(raised[0]?.triggerSource).toBeUndefined();
  // Excel's echo reached the pane's handler before this one: no burst of "edits" is waiting to be re-checked.
  expect(result.current.state.live.kind).toBe("watching");
  const syncs = fake.syncCount;
  fake.typeCell(APPENDIX_SHEET, "F9", 2.38); // the officer's next edit: re-checked, and only that cell named
  await waitFor(() => expect(status()).toMatch(/^Đã kiểm tra lại sau khi sửa ô F9/));
  expect(fake.syncCount - syncs).toBe(1);
});

test("ExcelApi 1.8: an officer edit in the same moment as the pane's write is re-checked, and only it", async () => {
  const { fake, result, raised, status, issue } = await checkedPane();
  const release = fake.holdEvents(); // Excel delivers both events late, after the write settled
  await act(() => result.current.actions.fixIssue(issue("E10")!));
  fake.typeCell(APPENDIX_SHEET, "F9", 2.38);
  release();
  await waitFor(() => expect(raised.map((r) => r.address)).toEqual(["E10", "F9"]));
  await waitFor(() => expect(status()).toMatch(/^Đã kiểm tra lại sau khi sửa ô F9/));
  expect(issue("F9")).toBeUndefined();
  expect(issue("E10")).toBeUndefined();
});
