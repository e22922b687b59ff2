import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Issue, TableData } from "../../../core";
import { binhLuongData } from "../../../../tests/summary/binhLuongData";
import { CheckSection } from "./CheckSection";
import type { CheckSectionProps } from "./CheckSection.types";

const data: TableData = {
  layout: {
    sheet: "Phụ lục",
    range: { top: 5, left: 1, bottom: 14, right: 9 },
    headerRows: [5, 7],
    dataRows: [8, 13],
    unitRows: [8, 9],
    totalsRow: 14,
    columns: { unit: 2, households: 4, poor: 5 },
    confidence: 0.9,
  },
  units: [
    { row: 8, name: "Quang Trung", cells: {} },
    { row: 9, name: "Làng Gió", cells: {} },
  ],
  totals: null,
} as unknown as TableData;

const issues: Issue[] = [
  {
    code: "RATE_MISMATCH",
    severity: "error",
    sheet: "Phụ lục",
    cell: "F9",
    row: 9,
    col: 6,
    role: "poorRate",
    actual: 2.83,
    expected: 2.38,
  },
  {
    code: "NUMBER_AS_TEXT",
    severity: "warning",
    sheet: "Phụ lục",
    cell: "D9",
    row: 9,
    col: 4,
    role: "households",
    actual: "98",
  },
  {
    code: "TOTAL_MISMATCH",
    severity: "error",
    sheet: "Phụ lục",
    cell: "G14",
    row: 14,
    col: 7,
    role: "poorCut",
    actual: 11,
    expected: 10,
  },
];

function renderSection(over: Partial<CheckSectionProps> = {}) {
  const props: CheckSectionProps = {
    lang: "vi",
    disabled: false,
    data,
    issues: null,
    target: "",
    highlight: false,
    pending: null,
    formulas: false,
    onRunCheck: jest.fn(),
    onSelectIssue: jest.fn(),
    onFixIssue: jest.fn(),
    onFixAll: jest.fn(),
    onHighlightChange: jest.fn(),
    onConfirm: jest.fn(),
    onCancel: jest.fn(),
    ...over,
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <CheckSection {...props} />
    </FluentProvider>
  );
  return props;
}

test("before the check: a run button, no issue list, fix-all and highlight disabled", () => {
  const props = renderSection();
  expect(screen.getByText(/Chưa kiểm tra/)).toBeTruthy();
  expect(screen.queryByRole("list")).toBeNull();
  expect((screen.getByRole("button", { name: "Sửa tất cả" }) as HTMLButtonElement).disabled).toBe(
    true
  );
  expect(
    (screen.getByRole("switch", { name: "Tô màu các ô có vấn đề" }) as HTMLInputElement).disabled
  ).toBe(true);
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  expect(props.onRunCheck).toHaveBeenCalledTimes(1);
});

test("after the check: the counts once, issues grouped by row with the unit name, advice where no fix", () => {
  const props = renderSection({ issues });
  expect(screen.getAllByText("2 lỗi, 1 cảnh báo")).toHaveLength(1);
  expect(screen.getByRole("heading", { name: "Dòng 9 · Làng Gió" })).toBeTruthy();
  expect(screen.getByRole("heading", { name: "Dòng 14" })).toBeTruthy();
  // Unreadable counts: no rate can be derived, so the officer gets one sentence of advice instead.
  expect(
    screen.getByText("Sửa các ô số hộ của dòng này trước; sau đó tỷ lệ sẽ tính lại được.")
  ).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Sửa tất cả" }));
  expect(props.onFixAll).toHaveBeenCalled();
  fireEvent.click(screen.getByRole("switch", { name: "Tô màu các ô có vấn đề" }));
  expect(props.onHighlightChange).toHaveBeenCalledWith(true);
});

test("the check says which commune target it compares with; the target is typed in Tính toán", () => {
  renderSection({ target: "1,37%", data: binhLuongData() });
  expect(
    screen.getByText(/so với chỉ tiêu của xã \(giảm 1,37%, tương ứng 10 hộ; nhập ở tab Tính toán\)/)
  ).toBeTruthy();
  expect(screen.queryByRole("textbox")).toBeNull();
});

test("no issues: a success message", () => {
  renderSection({ issues: [] });
  expect(screen.getByText("Không phát hiện vấn đề nào. Bảng đã khớp.")).toBeTruthy();
});

test("while busy every action is disabled", () => {
  renderSection({ issues, disabled: true });
  for (const b of screen.getAllByRole("button"))
    expect((b as HTMLButtonElement).disabled).toBe(true);
});

test("after the officer runs the check the results are scrolled into view; a live re-check does not move them", () => {
  const scrolled = jest.fn();
  Element.prototype.scrollIntoView = scrolled;
  const props: CheckSectionProps = {
    lang: "vi",
    disabled: false,
    data,
    issues: null,
    target: "",
    highlight: false,
    pending: null,
    formulas: false,
    onRunCheck: jest.fn(),
    onSelectIssue: jest.fn(),
    onFixIssue: jest.fn(),
    onFixAll: jest.fn(),
    onHighlightChange: jest.fn(),
    onConfirm: jest.fn(),
    onCancel: jest.fn(),
  };
  const view = (p: CheckSectionProps) => (
    <FluentProvider theme={webLightTheme}>
      <CheckSection {...p} />
    </FluentProvider>
  );
  const { rerender } = render(view(props));
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  rerender(view({ ...props, issues }));
  expect(scrolled).toHaveBeenCalledTimes(1);
  rerender(view({ ...props, issues: issues.slice(1) }));
  expect(scrolled).toHaveBeenCalledTimes(1);
});
