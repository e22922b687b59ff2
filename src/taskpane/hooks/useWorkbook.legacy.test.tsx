/**
 * The pane on a TCVN3 copy of the seed appendix: the table is found and read in Unicode, the legacy text is
 * reported (state.legacy, LEGACY_ENCODING), and the Unicode conversion is previewed, applied and undone.
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import { buildLegacyCopy } from "../../../tests/helpers/legacyWorkbooks";
import { XlsxHost } from "../../xlsx/XlsxHost";
import { useWorkbook } from "./useWorkbook";

jest.setTimeout(60_000);

const SHEET = "Phụ lục";

async function mountLegacy(encoding: "tcvn3" | "vni") {
  const host = await XlsxHost.fromBuffer(await buildLegacyCopy(encoding), `${encoding}.xlsx`);
  const hook = renderHook(() => useWorkbook(host, "vi"));
  await waitFor(() => expect(hook.result.current.state.loading).toBe(false));
  await waitFor(() => expect(hook.result.current.state.data).not.toBeNull());
  return { host, ...hook };
}

const valueAt = (
  grid: { top: number; left: number; values: readonly (readonly unknown[])[] },
  r: number,
  c: number
) => grid.values[r - grid.top]?.[c - grid.left];

test.each(["tcvn3", "vni"] as const)(
  "a %s workbook is read in Unicode and reported",
  async (encoding) => {
    const { result } = await mountLegacy(encoding);
    const s = result.current.state;
    expect(s.tables).toHaveLength(1);
    expect(s.data?.units.map((u) => u.name)).toContain("Thắng Lộc");
    expect(s.legacy?.encoding).toBe(encoding);
    await act(() => result.current.actions.runCheck());
    expect(result.current.state.issues?.map((i) => i.code)).toEqual(["LEGACY_ENCODING"]);
  }
);

test("converting to Unicode: preview first, then apply, then undo restores the legacy text", async () => {
  const { host, result } = await mountLegacy("tcvn3");
  const before = await host.readGrid(SHEET);
  await act(() => result.current.actions.requestUnicode());
  const pending = result.current.state.pending;
  expect(pending?.action).toBe("unicode");
  expect(pending?.origin).toBe("legacy");
  expect(pending?.preview.cells.find((c) => c.cell === "D7")).toEqual({
    sheet: SHEET,
    cell: "D7",
    before: "Tæng sè hé trªn ®Þa bµn",
    after: "Tổng số hộ trên địa bàn",
    kind: "value",
  });
  expect(valueAt(await host.readGrid(SHEET), 7, 4)).toBe("Tæng sè hé trªn ®Þa bµn"); // nothing written yet

  await act(() => result.current.actions.confirmWrite());
  const after = await host.readGrid(SHEET);
  expect(valueAt(after, 7, 4)).toBe("Tổng số hộ trên địa bàn");
  expect(valueAt(after, 1, 1)).toBe("PHỤ LỤC:");
  expect(after.fontNames?.[7 - after.top]?.[4 - after.left]).toBe("Times New Roman");
  expect(result.current.state.legacy).toBeNull();
  await act(() => result.current.actions.runCheck());
  expect(result.current.state.issues).toEqual([]);

  await act(() => result.current.actions.undo());
  expect(await host.readGrid(SHEET)).toEqual(before);
  expect(result.current.state.legacy?.encoding).toBe("tcvn3");
});
