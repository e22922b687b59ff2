/**
 * Issue 15: the Unicode conversion in Excel covered only the start-up probe's head (400 rows × 60 columns) of a
 * long sheet. The pane over ExcelHost on the strict fake, with a TCVN3 appendix and a 1,000-row TCVN3 roster: the
 * roster is read whole (in parts, under Excel's limits) before the preview, every row is converted — row 900
 * too — writing only the cells that change, and one undo puts the legacy text back.
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import { encodeTcvn3 } from "../../core";
import { ExcelHost } from "../../excel/ExcelHost";
import { fakeFromXlsx } from "../../../tests/contract/fakeFromXlsx";
import { buildLegacyCopy } from "../../../tests/helpers/legacyWorkbooks";
import { useWorkbook } from "./useWorkbook";

jest.setTimeout(120_000);

const ROSTER = "Danh sách hộ";
const ROWS = 1_000;
const tcvn3 = (s: string) => encodeTcvn3(s) as string;
const household = (i: number) => `Hộ ông Nguyễn Văn Thắng số ${i}, thôn Làng Mài`;

test("a roster longer than the start-up probe is converted to its last row, and undone", async () => {
  const fake = await fakeFromXlsx(await buildLegacyCopy("tcvn3"));
  fake.addSheet({
    name: ROSTER,
    rows: [
      [tcvn3("STT"), tcvn3("Họ và tên chủ hộ"), tcvn3("Ghi chú")],
      ...Array.from({ length: ROWS }, (_, i) => [i + 1, tcvn3(household(i + 1)), null]),
    ],
  });
  const host = new ExcelHost({
    run: fake.run,
    requirements: fake.requirements,
    settings: fake.settings,
  });
  const { result } = renderHook(() => useWorkbook(host, "vi"));
  await waitFor(() => expect(result.current.state.loading).toBe(false));
  await waitFor(() => expect(result.current.state.data).not.toBeNull());
  const cell = (address: string) =>
    fake.exportState().find((s) => s.name === ROSTER)?.cells[address]?.value;

  fake.resetSyncs();
  await act(() => result.current.actions.requestUnicode());
  const readSyncs = fake.syncCount;
  const pending = result.current.state.pending;
  expect(pending?.action).toBe("unicode");
  expect(pending?.preview.cells.find((c) => c.sheet === ROSTER && c.cell === "B900")).toMatchObject(
    {
      before: tcvn3(household(899)),
      after: household(899),
    }
  );
  expect(result.current.state.legacy?.cells).toBeGreaterThan(ROWS);

  fake.resetSyncs();
  await act(() => result.current.actions.confirmWrite());
  const writeSyncs = fake.syncCount;
  expect(cell("B900")).toBe(household(899));
  expect(cell("B1001")).toBe(household(1_000));
  expect(cell("A900")).toBe(899);
  expect(result.current.state.legacy).toBeNull();

  fake.resetSyncs();
  await act(() => result.current.actions.undo());
  const undoSyncs = fake.syncCount;
  expect(cell("B900")).toBe(tcvn3(household(899)));
  // Batched, never a sync per row: the roster's read is one sync (1,000 rows fit one response); the write and the
  // undo are 2 each (snapshot or read-back with the fonts, then the write), plus the pane's re-read of both sheets
  // and of its table (3).
  expect({ readSyncs, writeSyncs, undoSyncs }).toEqual({
    readSyncs: 1,
    writeSyncs: 5,
    undoSyncs: 5,
  });
});
