import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { notice } from "../../hooks/notice";
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
  expect(props.onPreviewAllocation).toHaveBeenCalledWith(12, "highest-rate");
});

test("an invalid target is explained and cannot be previewed", () => {
  const props = renderSection();
  fireEvent.change(screen.getByRole("textbox", { name: /Chỉ tiêu giảm nghèo của xã/ }), {
    target: { value: "-3" },
  });
  expect(screen.getByText("Chỉ tiêu phải là số nguyên không âm.")).toBeTruthy();
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
