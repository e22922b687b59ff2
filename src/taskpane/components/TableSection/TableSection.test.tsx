import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { TableLayout } from "../../../core";
import { TableSection } from "./TableSection";
import type { TableSectionProps } from "./TableSection.types";

const layout: TableLayout = {
  sheet: "Phụ lục",
  range: { top: 5, left: 1, bottom: 14, right: 9 },
  headerRows: [5, 7],
  dataRows: [8, 13],
  unitRows: [8, 9, 10, 11, 12, 13],
  totalsRow: 14,
  columns: { index: 1, unit: 2, population: 3, households: 4, poor: 5 },
  confidence: 0.92,
};

const choices = [
  { col: 1, letter: "A", header: "TT", short: "TT" },
  { col: 2, letter: "B", header: "Thôn", short: "Thôn" },
  { col: 3, letter: "C", header: "Tổng dân số", short: "Tổng dân số" },
  { col: 4, letter: "D", header: "Tổng số hộ", short: "Tổng số hộ" },
  { col: 5, letter: "E", header: "Tình hình hộ nghèo / Số hộ nghèo", short: "Số hộ nghèo" },
  { col: 6, letter: "F", header: "", short: "" },
];

function renderSection(over: Partial<TableSectionProps> = {}) {
  const props: TableSectionProps = {
    lang: "vi",
    disabled: false,
    loading: false,
    tables: [layout],
    tableIndex: 0,
    layout,
    unitCount: 6,
    detectFailure: null,
    choices,
    onSelectTable: jest.fn(),
    onColumnChange: jest.fn(),
    onRedetect: jest.fn(),
    ...over,
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <TableSection {...props} />
    </FluentProvider>
  );
  return props;
}

test("a grouped table shows its groups and its 'trong đó' rows", () => {
  const grouped: TableLayout = {
    ...layout,
    unitRows: [9, 10, 12, 13],
    groups: [
      { name: "Xã Hưng Thịnh (cũ)", headingRow: 8, subtotalRow: 8, unitRows: [9, 10] },
      { name: "Khu phố 2", headingRow: 11, subtotalRow: null, unitRows: [12, 13] },
    ],
    breakdowns: [{ row: 15, parentRow: 14 }],
  };
  renderSection({ tables: [grouped], layout: grouped, unitCount: 4 });
  expect(screen.getByText("Xã Hưng Thịnh (cũ): dòng 9–10, dòng cộng 8")).toBeTruthy();
  expect(screen.getByText("Khu phố 2: dòng 12–13")).toBeTruthy();
  expect(screen.getByText("Dòng “trong đó” (không tính là thôn)").nextSibling?.textContent).toBe(
    "15"
  );
});

test("shows where the table is: sheet, range, header/data/totals rows, units, confidence", () => {
  renderSection();
  const facts = screen.getByRole("heading", { name: "Bảng phụ lục" }).parentElement
    ?.parentElement as HTMLElement;
  const text = facts.textContent ?? "";
  for (const part of ["Phụ lục", "A5:I14", "5–7", "8–13", "14", "Chắc chắn"])
    expect(text).toContain(part);
});

test("one dropdown per role lists the sheet's columns with their header text", async () => {
  const user = userEvent.setup();
  const props = renderSection();
  const poor = screen.getByRole("combobox", { name: "Số hộ nghèo" });
  expect(poor.textContent).toContain("Cột E: Số hộ nghèo");
  expect(screen.getByRole("combobox", { name: "Tỷ lệ hộ nghèo (%)" }).textContent).toContain(
    "(không dùng)"
  );
  await user.click(screen.getByRole("combobox", { name: "Tỷ lệ hộ nghèo (%)" }));
  const listbox = screen.getByRole("listbox");
  expect(
    within(listbox)
      .getAllByRole("option")
      .map((o) => o.textContent)
  ).toEqual([
    "(không dùng)",
    "Cột A: TT",
    "Cột B: Thôn",
    "Cột C: Tổng dân số",
    "Cột D: Tổng số hộ",
    "Cột E: Số hộ nghèo (Tình hình hộ nghèo)",
    "Cột F",
  ]);
  await user.click(within(listbox).getByRole("option", { name: "Cột F" }));
  expect(props.onColumnChange).toHaveBeenCalledWith("poorRate", 6);
});

test("a role can be unmapped", async () => {
  const user = userEvent.setup();
  const props = renderSection();
  await user.click(screen.getByRole("combobox", { name: "Tổng dân số" }));
  await user.click(screen.getByRole("option", { name: "(không dùng)" }));
  expect(props.onColumnChange).toHaveBeenCalledWith("population", null);
});

test("several tables: a picker; re-detect", async () => {
  const user = userEvent.setup();
  const second = { ...layout, sheet: "Năm 2025", range: { top: 3, left: 2, bottom: 10, right: 8 } };
  const props = renderSection({ tables: [layout, second] });
  await user.click(screen.getByRole("combobox", { name: "Chọn bảng" }));
  await user.click(screen.getByRole("option", { name: "Năm 2025 · B3:H10" }));
  expect(props.onSelectTable).toHaveBeenCalledWith(1);
  await user.click(screen.getByRole("button", { name: "Tìm lại bảng" }));
  expect(props.onRedetect).toHaveBeenCalled();
});

test("no table: the reason in Vietnamese", () => {
  renderSection({
    tables: [],
    layout: null,
    detectFailure: {
      result: { ok: false, reason: "NO_UNIT_COLUMN", confidence: 0.5 },
      sheet: "Sheet1",
    },
  });
  expect(
    screen.getByText(
      "Không tìm thấy bảng phụ lục trong sổ làm việc. Trang “Sheet1” có cột số hộ nhưng không thấy cột tên thôn/tổ dân phố (Thôn, Tổ dân phố, Đơn vị…)."
    )
  ).toBeTruthy();
});

test("a transitions table is named in plain words, with its figures taken at the end of the year", () => {
  const transitions: TableLayout = {
    ...layout,
    columns: { index: 1, unit: 2, households: 3, poor: 4, poorExited: 5, poorEnd: 6 },
  };
  renderSection({ tables: [transitions], layout: transitions });
  expect(screen.getByText(/bảng diễn biến hộ nghèo/)).toBeTruthy();
  expect(screen.getByText(/cuối năm \(cột F\)/)).toBeTruthy();
});

test("an appendix says nothing of transitions", () => {
  renderSection();
  expect(screen.queryByText(/diễn biến/)).toBeNull();
});
