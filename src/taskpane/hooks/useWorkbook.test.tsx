/**
 * The pane's state hook driven end to end over the real xlsx host and the shared errors fixture:
 * detection, the six issues, preview-before-write, apply + undo, selection, the remembered column mapping,
 * and that cell text (HTML, formula-looking names) is never turned into markup or a formula.
 */
import * as fs from "fs";
import * as path from "path";
import { act, renderHook, waitFor } from "@testing-library/react";
import type { WorkbookHost, WritePlan } from "../../core";
import { XlsxHost } from "../../xlsx/XlsxHost";
import { MAPPING_SETTING } from "./savedMapping";
import { useWorkbook } from "./useWorkbook";

jest.setTimeout(60_000);

const FIXTURE = path.resolve(__dirname, "../../../assets/samples/binh-luong-2024-errors.xlsx");
const SHEET = "Phụ lục";
const SIX = ["F9", "E10", "G11", "I11", "D13", "G14"];

async function openFixture(edit?: (host: XlsxHost) => void): Promise<XlsxHost> {
  const host = await XlsxHost.fromBuffer(fs.readFileSync(FIXTURE), "errors.xlsx");
  edit?.(host);
  return host;
}

async function mount(host: WorkbookHost) {
  const hook = renderHook(() => useWorkbook(host, "vi"));
  await waitFor(() => expect(hook.result.current.state.loading).toBe(false));
  await waitFor(() => expect(hook.result.current.state.data).not.toBeNull());
  return hook;
}

const cells = (issues: readonly { cell: string }[] | null) => (issues ?? []).map((i) => i.cell);

test("finds the appendix table and, on request, the fixture's six issues", async () => {
  const host = await openFixture();
  const { result } = await mount(host);
  const s = result.current.state;
  expect(s.tables).toHaveLength(1);
  expect(s.layout?.sheet).toBe(SHEET);
  expect(s.layout?.dataRows).toEqual([8, 13]);
  expect(s.layout?.totalsRow).toBe(14);
  expect(s.issues).toBeNull();
  await act(() => result.current.actions.runCheck());
  expect(cells(result.current.state.issues)).toEqual(SIX);
  expect(result.current.state.error).toBeNull();
});

test("fix all: preview first (nothing written), then apply; undo restores the six issues exactly", async () => {
  const host = await openFixture();
  const before = await host.readGrid(SHEET);
  const { result } = await mount(host);
  await act(() => result.current.actions.runCheck());
  act(() => result.current.actions.requestFixAll());
  const pending = result.current.state.pending;
  expect(pending?.action).toBe("fix");
  expect(pending?.preview.cells.find((c) => c.cell === "F9")).toEqual({
    sheet: SHEET,
    cell: "F9",
    before: "2,83",
    after: "2,38",
    kind: "value",
  });
  expect(host.undoDepth()).toBe(0);
  expect(await host.readGrid(SHEET)).toEqual(before);

  await act(() => result.current.actions.confirmWrite());
  expect(result.current.state.pending).toBeNull();
  expect(result.current.state.undoDepth).toBe(1);
  expect(cells(result.current.state.issues)).toEqual(["G11", "I11", "G14"]);

  await act(() => result.current.actions.undo());
  expect(result.current.state.undoDepth).toBe(0);
  expect(cells(result.current.state.issues)).toEqual(SIX);
  expect(await host.readGrid(SHEET)).toEqual(before);
});

test("cancel writes nothing", async () => {
  const host = await openFixture();
  const { result } = await mount(host);
  act(() => result.current.actions.requestFillRates());
  expect(result.current.state.pending).not.toBeNull();
  act(() => result.current.actions.cancelWrite());
  expect(result.current.state.pending).toBeNull();
  expect(host.undoDepth()).toBe(0);
});

test("one issue's fix: one click writes only that cell, as one undo step", async () => {
  const host = await openFixture();
  const before = await host.readGrid(SHEET);
  const { result } = await mount(host);
  await act(() => result.current.actions.runCheck());
  const f9 = result.current.state.issues?.find((i) => i.cell === "F9");
  await act(() => result.current.actions.fixIssue(f9!));
  expect(result.current.state.pending).toBeNull();
  expect(host.undoDepth()).toBe(1);
  expect(cells(result.current.state.issues)).not.toContain("F9");
  const after = await host.readGrid(SHEET);
  const changed = after.values.flatMap((row, r) =>
    row.map((v, c) => (v !== before.values[r]?.[c] ? `${r + after.top}:${c + after.left}` : null))
  );
  expect(changed.filter((x) => x !== null)).toEqual(["9:6"]);
  await act(() => result.current.actions.undo());
  expect(cells(result.current.state.issues)).toEqual(SIX);
});

test("the totals row: its fix writes the villages' sum; fix all also takes the suggested number", async () => {
  const host = await openFixture();
  const { result } = await mount(host);
  await act(() => result.current.actions.runCheck());
  act(() => result.current.actions.requestFixAll());
  const planned = result.current.state.pending?.preview.cells.map((c) => c.cell) ?? [];
  expect(planned).toEqual(expect.arrayContaining(["F9", "E10", "D13"]));
  expect(planned).not.toContain("G14");
  act(() => result.current.actions.cancelWrite());
  const g14 = result.current.state.issues?.find((i) => i.cell === "G14");
  await act(() => result.current.actions.fixIssue(g14!));
  expect(cells(result.current.state.issues)).not.toContain("G14");
});

test("selecting an issue selects its cell in the workbook", async () => {
  const host = await openFixture();
  const { result } = await mount(host);
  await act(() => result.current.actions.runCheck());
  const e10 = result.current.state.issues?.find((i) => i.cell === "E10");
  await act(() => result.current.actions.selectIssue(e10!));
  expect(host.selectedCell()).toEqual({ sheet: SHEET, address: "E10" });
});

test("allocation: a preview of new cuts per unit, written only on confirmation", async () => {
  const host = await openFixture((h) => {
    // Repair the fixture's unreadable "4 hộ" so the allocation has every count.
    h.excelWorkbook.getWorksheet(SHEET)!.getCell("E10").value = 4;
  });
  const { result } = await mount(host);
  act(() => result.current.actions.setTarget("10"));
  await act(() => result.current.actions.previewAllocation({ method: "proportional" }));
  const pending = result.current.state.pending;
  expect(pending?.action).toBe("allocate");
  const rows = pending?.allocation?.rows ?? [];
  expect(rows.map((r) => r.name)).toEqual([
    "Quang Trung",
    "Làng Gió",
    "Thắng Lộc",
    "Làng Sao",
    "Hợp Thành",
    "Làng Mài",
  ]);
  expect(rows.reduce((s, r) => s + r.newCut, 0)).toBe(10);
  expect(pending?.allocation?.total.newCut).toBe(10);
  expect(host.undoDepth()).toBe(0);
  await act(() => result.current.actions.confirmWrite());
  const grid = await host.readGrid(SHEET);
  const cutsWritten = rows.map((r) => grid.values[r.row - grid.top]?.[7 - grid.left]);
  expect(cutsWritten).toEqual(rows.map((r) => r.newCut));
});

test("an impossible allocation explains why and proposes nothing", async () => {
  const host = await openFixture();
  const { result } = await mount(host);
  act(() => result.current.actions.setTarget("10"));
  await act(() => result.current.actions.previewAllocation({ method: "proportional" }));
  expect(result.current.state.pending).toBeNull();
  expect(result.current.state.allocationError).not.toBeNull();
});

test("one commune target: the check compares with it, the allocation shares it; one above the poor is refused as typed", async () => {
  const host = await openFixture((h) => {
    h.excelWorkbook.getWorksheet(SHEET)!.getCell("E10").value = 4;
  });
  const { result } = await mount(host);
  act(() => result.current.actions.setTarget("12"));
  await act(() => result.current.actions.runCheck());
  expect(result.current.state.issues?.map((i) => i.code)).toContain("TARGET_MISMATCH");
  await act(() => result.current.actions.previewAllocation({ method: "proportional" }));
  expect(result.current.state.pending?.allocation?.total.newCut).toBe(12);
  act(() => result.current.actions.cancelWrite());

  act(() => result.current.actions.setTarget("50%"));
  expect(result.current.state.targetProblem).toMatchObject({ key: "targetAbovePoor" });
  await act(() => result.current.actions.previewAllocation({ method: "proportional" }));
  expect(result.current.state.pending).toBeNull();
  await act(() => result.current.actions.runCheck());
  expect(result.current.state.issues?.map((i) => i.code)).not.toContain("TARGET_MISMATCH");
});

test("the column mapping is saved in the workbook and re-applied next time", async () => {
  const host = await openFixture();
  const first = await mount(host);
  await act(() => first.result.current.actions.setColumn("population", null));
  expect(first.result.current.state.layout?.columns.population).toBeUndefined();
  expect(await host.loadSetting(MAPPING_SETTING)).toContain('"sheet":"Phụ lục"');
  first.unmount();

  const second = await mount(host);
  expect(second.result.current.state.layout?.columns.population).toBeUndefined();
  expect(second.result.current.state.layout?.columns.households).toBe(4);
  expect(second.result.current.state.status).toMatchObject({ key: "mappingRestored" });

  await act(() => second.result.current.actions.redetect());
  expect(second.result.current.state.layout?.columns.population).toBe(3);
});

test("highlight on/off goes through the host", async () => {
  const host = await openFixture();
  const spy = {
    highlight: jest.spyOn(host, "highlight"),
    clear: jest.spyOn(host, "clearHighlight"),
  };
  const { result } = await mount(host);
  await act(() => result.current.actions.runCheck());
  await act(() => result.current.actions.setHighlight(true));
  expect(spy.highlight).toHaveBeenLastCalledWith(SHEET, SIX);
  await act(() => result.current.actions.setHighlight(false));
  expect(spy.clear).toHaveBeenCalled();
  expect(result.current.state.highlight).toBe(false);
});

test("a host failure becomes a visible Vietnamese error, never swallowed", async () => {
  const host = await openFixture();
  const { result } = await mount(host);
  jest
    .spyOn(host, "apply")
    .mockRejectedValueOnce(new (await import("../../core/model")).HostError("ACCESS_DENIED"));
  act(() => result.current.actions.requestFixAll());
  await act(() => result.current.actions.confirmWrite());
  const err = result.current.state.error;
  expect(err && "hostError" in err ? err.hostError.toMessage("vi") : "").toContain(
    "Excel không cho phép ghi"
  );
  expect(result.current.state.busy).toBe(false);
});

describe("cell text stays text", () => {
  const FORMULA_NAME = '=HYPERLINK("http://x","y")';
  const HTML_NAME = "<img src=x onerror=alert(1)>";

  test("a formula-looking or HTML village name is read as a name and never written back as a formula", async () => {
    const host = await openFixture((h) => {
      const ws = h.excelWorkbook.getWorksheet(SHEET)!;
      ws.getCell("B8").value = FORMULA_NAME;
      ws.getCell("B9").value = HTML_NAME;
      ws.getCell("E10").value = 4;
    });
    const applied: WritePlan[] = [];
    const apply = host.apply.bind(host);
    jest.spyOn(host, "apply").mockImplementation(async (plan) => {
      applied.push(plan);
      return apply(plan);
    });
    const { result } = await mount(host);
    expect(result.current.state.data?.units.map((u) => u.name).slice(0, 2)).toEqual([
      FORMULA_NAME,
      HTML_NAME,
    ]);

    for (const formulas of [false, true]) {
      act(() => result.current.actions.setFormulas(formulas));
      act(() => result.current.actions.requestFixAll());
      if (result.current.state.pending) await act(() => result.current.actions.confirmWrite());
      act(() => result.current.actions.setTarget("10"));
      await act(() => result.current.actions.previewAllocation({ method: "highest-rate" }));
      expect(result.current.state.pending?.allocation?.rows[0]?.name).toBe(FORMULA_NAME);
      await act(() => result.current.actions.confirmWrite());
    }
    expect(applied.length).toBeGreaterThanOrEqual(3);
    const writes = applied.flatMap((p) => p.sheets.flatMap((s) => s.writes));
    for (const w of writes) {
      if (w.cell && "formula" in w.cell) expect(w.cell.formula).not.toMatch(/HYPERLINK|<img/i);
      if (w.cell && "value" in w.cell && typeof w.cell.value === "string")
        expect(w.cell.value).not.toMatch(/^=/);
    }
    expect(writes.filter((w) => w.col === 2)).toEqual([]);
    const grid = await host.readGrid(SHEET);
    expect(grid.values[8 - grid.top]?.[2 - grid.left]).toBe(FORMULA_NAME);
    expect(grid.formulas[8 - grid.top]?.[2 - grid.left]).toBeNull();
  });
});
