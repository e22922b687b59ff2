import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { notice } from "../../hooks/notice";
import { binhLuongData } from "../../../../tests/summary/binhLuongData";
import { ComputeSection } from "./ComputeSection";
import type { ComputeSectionProps } from "./ComputeSection.types";

function renderSection(over: Partial<ComputeSectionProps> = {}) {
  const props: ComputeSectionProps = {
    lang: "vi",
    disabled: false,
    hasTable: true,
    formulas: false,
    pending: null,
    allocationError: null,
    onFormulasChange: jest.fn(),
    onFillRates: jest.fn(),
    onPreviewAllocation: jest.fn(),
    target: "",
    nearPoorTarget: "",
    targetProblem: null,
    nearPoorTargetProblem: null,
    onTargetChange: jest.fn(),
    onNearPoorTargetChange: jest.fn(),
    onConfirm: jest.fn(),
    onCancel: jest.fn(),
    ...over,
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <ComputeSection {...props} />
    </FluentProvider>
  );
  return props;
}

test("fill rates as values or formulas", () => {
  const props = renderSection();
  fireEvent.click(screen.getByRole("switch", { name: /Ghi công thức/ }));
  expect(props.onFormulasChange).toHaveBeenCalledWith(true);
  fireEvent.click(screen.getByRole("button", { name: "Điền tỷ lệ" }));
  expect(props.onFillRates).toHaveBeenCalledTimes(1);
});

test("allocation: the commune target is typed here once; the preview asks with the chosen method", () => {
  const props = renderSection({ target: "12", data: binhLuongData() });
  fireEvent.change(screen.getByRole("textbox", { name: /Chỉ tiêu giảm nghèo của xã/ }), {
    target: { value: "1,37%" },
  });
  expect(props.onTargetChange).toHaveBeenCalledWith("1,37%");
  fireEvent.click(screen.getByRole("radio", { name: "Ưu tiên thôn có tỷ lệ hộ nghèo cao" }));
  fireEvent.click(screen.getByRole("button", { name: "Xem trước phân bổ" }));
  expect(props.onPreviewAllocation).toHaveBeenCalledWith({ method: "highest-rate", locks: {} });
});

test("a rate target says what it stands for; the near-poor target only when the table counts near-poor households", () => {
  renderSection({ target: "1,37%", data: binhLuongData() });
  expect(screen.getByText("giảm 1,37%, tương ứng 10 hộ")).toBeTruthy();
  expect(screen.queryByRole("textbox", { name: /Chỉ tiêu giảm hộ cận nghèo/ })).toBeNull();
  const base = binhLuongData();
  const withNear = {
    ...base,
    layout: { ...base.layout, columns: { ...base.layout.columns, nearPoor: 12 } },
  };
  renderSection({ data: withNear, nearPoorTarget: "2" });
  expect(screen.getByRole("textbox", { name: /Chỉ tiêu giảm hộ cận nghèo/ })).toBeTruthy();
});

test("a target refused as it is typed is explained and cannot be previewed", () => {
  const props = renderSection({
    data: binhLuongData(),
    target: "50%",
    targetProblem: notice("targetAbovePoor", { target: 365, limit: 32 }),
  });
  expect(
    screen.getByText("Chỉ tiêu 365 hộ lớn hơn số hộ nghèo của cả xã (32 hộ); hãy nhập số nhỏ hơn.")
  ).toBeTruthy();
  const preview = screen.getByRole("button", { name: "Xem trước phân bổ" }) as HTMLButtonElement;
  expect(preview.disabled).toBe(true);
  expect(props.onPreviewAllocation).not.toHaveBeenCalled();
});

test("an allocation failure is shown as a message", () => {
  renderSection({
    allocationError: { render: (lang) => (lang === "vi" ? "Chỉ tiêu quá lớn" : "Too large") },
  });
  expect(screen.getByText("Chỉ tiêu quá lớn")).toBeTruthy();
});

test("without a table nothing can be computed", () => {
  renderSection({ hasTable: false, allocationError: notice("noTable") });
  expect((screen.getByRole("button", { name: "Điền tỷ lệ" }) as HTMLButtonElement).disabled).toBe(
    true
  );
});

test("the allocation preview has a lock column; “Phân bổ lại” sits above the commit button", () => {
  const props = renderSection({
    data: binhLuongData(),
    target: "6",
    pending: {
      origin: "compute",
      action: "allocate",
      plan: { action: "allocate", sheets: [] },
      preview: { cells: [], cellCount: 0, textToNumber: 0, sheets: [], created: [] },
      allocation: {
        rows: [
          { row: 8, name: "Quang Trung", oldCut: 0, newCut: 0, projectedRate: 0.79 },
          { row: 13, name: "Làng Mài", oldCut: 6, newCut: 6, projectedRate: 7.14 },
        ],
        total: { oldCut: 6, newCut: 6, projectedRate: 3.02 },
      },
    },
  });
  const table = screen.getByRole("table", { name: "Số hộ giảm nghèo trước và sau khi phân bổ" });
  expect(screen.getByRole("columnheader", { name: "Giữ" })).toBeTruthy();
  fireEvent.change(screen.getByRole("textbox", { name: "Số hộ giảm cố định của Làng Mài" }), {
    target: { value: "4" },
  });
  const again = screen.getByRole("button", { name: "Phân bổ lại" });
  const write = screen.getByRole("button", { name: "Ghi vào bảng" });
  expect(table.compareDocumentPosition(again) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(again.compareDocumentPosition(write) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  fireEvent.click(again);
  expect(props.onPreviewAllocation).toHaveBeenLastCalledWith({
    method: "proportional",
    locks: { 13: "4" },
  });
});
