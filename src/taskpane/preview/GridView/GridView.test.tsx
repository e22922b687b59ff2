import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Grid } from "../../../core";
import { GridView } from "./GridView";

const XSS = "<img src=x onerror=alert(1)>";

const grid: Grid = {
  sheet: "Phụ lục",
  top: 1,
  left: 1,
  values: [
    ["TIÊU ĐỀ", null, null],
    ["Thôn", "Số hộ", "Tỷ lệ"],
    [XSS, 126, 0.0439],
    ['=HYPERLINK("http://x","y")', "98", { error: "#DIV/0!" }],
  ],
  formulas: [
    [null, null, null],
    [null, null, null],
    [null, null, "=B3/1000"],
    [null, null, null],
  ],
  numberFormats: [
    ["General", "General", "General"],
    ["General", "General", "General"],
    ["General", "#,##0", "0.00%"],
    ["General", "@", "General"],
  ],
  merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
};

function renderGrid(selected: string | null = null, highlighted: ReadonlySet<string> = new Set()) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <GridView lang="vi" grid={grid} selected={selected} highlighted={highlighted} />
    </FluentProvider>
  );
}

test("merged cells span, covered cells are left out", () => {
  const { container } = renderGrid();
  const title = container.querySelector('[data-address="A1"]') as HTMLTableCellElement;
  expect(title.colSpan).toBe(3);
  expect(container.querySelector('[data-address="B1"]')).toBeNull();
});

test("cell text is text: HTML and formulas in values are shown, never run or parsed", () => {
  const { container } = renderGrid();
  expect(container.querySelector('[data-address="A3"]')?.textContent).toBe(XSS);
  expect(container.querySelector("img")).toBeNull();
  expect(container.querySelector('[data-address="A4"]')?.textContent).toBe(
    '=HYPERLINK("http://x","y")'
  );
  expect(container.querySelector('[data-address="C3"]')?.textContent).toBe("4,39%");
  expect(container.querySelector('[data-address="C4"]')?.textContent).toBe("#DIV/0!");
});

test("the selected cell is marked current and highlighted cells are flagged", () => {
  const { container } = renderGrid("B3", new Set(["C4"]));
  expect(container.querySelector('[aria-current="true"]')?.getAttribute("data-address")).toBe("B3");
  expect(container.querySelector('[data-highlighted="true"]')?.getAttribute("data-address")).toBe(
    "C4"
  );
});

test("the grid is a labelled ARIA grid with column letters and row numbers", () => {
  renderGrid();
  const table = screen.getByRole("grid", { name: "Nội dung trang tính “Phụ lục”" });
  expect(
    within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent)
  ).toEqual(["A", "B", "C"]);
  expect(
    within(table)
      .getAllByRole("rowheader")
      .map((h) => h.textContent)
  ).toEqual(["1", "2", "3", "4"]);
});

function renderEditable() {
  const onEdit = jest.fn();
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <GridView lang="vi" grid={grid} selected={null} highlighted={new Set()} onEdit={onEdit} />
    </FluentProvider>
  );
  const cellAt = (a: string) =>
    utils.container.querySelector(`[data-address="${a}"]`) as HTMLElement;
  return { ...utils, onEdit, cellAt };
}

test("edits like a sheet: double-click or F2 opens the cell, Enter commits, Esc cancels", () => {
  const { onEdit, cellAt } = renderEditable();
  fireEvent.doubleClick(cellAt("B3"));
  const editor = screen.getByRole("textbox", { name: "Nhập vào ô B3" }) as HTMLInputElement;
  expect(editor.value).toBe("126");
  fireEvent.change(editor, { target: { value: "130" } });
  fireEvent.keyDown(editor, { key: "Enter" });
  expect(onEdit).toHaveBeenCalledWith("B3", "130");
  expect(screen.queryByRole("textbox")).toBeNull();

  fireEvent.keyDown(cellAt("B4"), { key: "F2" });
  const second = screen.getByRole("textbox", { name: "Nhập vào ô B4" });
  fireEvent.change(second, { target: { value: "99" } });
  fireEvent.keyDown(second, { key: "Escape" });
  expect(onEdit).toHaveBeenCalledTimes(1);
  expect(cellAt("B4").textContent).toBe("98");
});

test("typing on a cell starts editing with that key; a formula cell opens on its formula", () => {
  const { onEdit, cellAt } = renderEditable();
  fireEvent.keyDown(cellAt("B4"), { key: "7" });
  const editor = screen.getByRole("textbox", { name: "Nhập vào ô B4" }) as HTMLInputElement;
  expect(editor.value).toBe("7");
  fireEvent.keyDown(editor, { key: "Enter" });
  expect(onEdit).toHaveBeenCalledWith("B4", "7");
  fireEvent.keyDown(cellAt("C3"), { key: "F2" });
  expect((screen.getByRole("textbox", { name: "Nhập vào ô C3" }) as HTMLInputElement).value).toBe(
    "=B3/1000"
  );
});

test("one cell is in the tab order (roving focus); without onEdit the grid is read-only", () => {
  const { container } = renderGrid();
  expect(container.querySelectorAll('[role="gridcell"][tabindex="0"]')).toHaveLength(1);
  expect(screen.getByRole("grid").getAttribute("aria-readonly")).toBe("true");
  fireEvent.keyDown(container.querySelector('[data-address="B3"]') as HTMLElement, { key: "F2" });
  expect(screen.queryByRole("textbox")).toBeNull();
});
