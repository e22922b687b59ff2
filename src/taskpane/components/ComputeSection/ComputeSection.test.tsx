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

test("allocation asks for a preview with the target and the chosen method", () => {
  const props = renderSection();
  const preview = screen.getByRole("button", { name: "Xem trước phân bổ" }) as HTMLButtonElement;
  expect(preview.disabled).toBe(true);
  fireEvent.change(screen.getByRole("textbox", { name: /Chỉ tiêu giảm nghèo của xã/ }), {
    target: { value: "12" },
  });
  fireEvent.click(screen.getByRole("radio", { name: "Ưu tiên thôn có tỷ lệ hộ nghèo cao" }));
  fireEvent.click(preview);
  expect(props.onPreviewAllocation).toHaveBeenCalledWith({
    poor: "12",
    nearPoor: "",
    method: "highest-rate",
    locks: {},
  });
});

test("a rate target and a near-poor target; the preview's locks allocate again", () => {
  const props = renderSection({
    data: binhLuongData(),
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
  fireEvent.change(screen.getByRole("textbox", { name: /Chỉ tiêu giảm nghèo của xã/ }), {
    target: { value: "1,37%" },
  });
  expect(screen.getByText("giảm 1,37%, tương ứng 10 hộ")).toBeTruthy();
  fireEvent.change(screen.getByRole("textbox", { name: /Chỉ tiêu giảm hộ cận nghèo/ }), {
    target: { value: "2" },
  });
  fireEvent.change(screen.getByRole("textbox", { name: "Số hộ giảm cố định của Làng Mài" }), {
    target: { value: "4" },
  });
  fireEvent.click(screen.getByRole("button", { name: "Phân bổ lại" }));
  expect(props.onPreviewAllocation).toHaveBeenLastCalledWith({
    poor: "1,37%",
    nearPoor: "2",
    method: "proportional",
    locks: { 13: "4" },
  });
});

test("an invalid target is explained and cannot be previewed", () => {
  const props = renderSection();
  fireEvent.change(screen.getByRole("textbox", { name: /Chỉ tiêu giảm nghèo của xã/ }), {
    target: { value: "-3" },
  });
  expect(
    screen.getByText("Nhập số hộ (ví dụ 10) hoặc tỷ lệ phần trăm (ví dụ 1,37%).")
  ).toBeTruthy();
  expect(
    (screen.getByRole("button", { name: "Xem trước phân bổ" }) as HTMLButtonElement).disabled
  ).toBe(true);
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
