import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { PreviousYearFields } from "./PreviousYearFields";
import type { PreviousYearFieldsProps } from "./PreviousYearFields.types";

function renderFields(over: Partial<PreviousYearFieldsProps> = {}) {
  const props: PreviousYearFieldsProps = {
    lang: "vi",
    disabled: false,
    values: { previousPoor: "", previousNearPoor: "", nearPoor: "" },
    invalid: { previousPoor: false, previousNearPoor: false, nearPoor: false },
    message: null,
    onChange: jest.fn(),
    onOpenPreviousPlan: jest.fn(),
    ...over,
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <PreviousYearFields {...props} />
    </FluentProvider>
  );
  return props;
}

test("typed figures go to the hook; a bad one is explained", () => {
  const props = renderFields({
    invalid: { previousPoor: true, previousNearPoor: false, nearPoor: false },
  });
  fireEvent.change(screen.getByRole("textbox", { name: "Số hộ nghèo năm trước" }), {
    target: { value: "40" },
  });
  expect(props.onChange).toHaveBeenCalledWith("previousPoor", "40");
  fireEvent.change(screen.getByRole("textbox", { name: /Số hộ cận nghèo năm nay/ }), {
    target: { value: "21" },
  });
  expect(props.onChange).toHaveBeenCalledWith("nearPoor", "21");
  expect(screen.getByText("Nhập số nguyên không âm.")).toBeTruthy();
});

test("“Mở kế hoạch năm trước” hands the chosen file over and shows what was read", () => {
  const props = renderFields({ message: "Đã lấy số liệu năm 2023" });
  const file = new File([new Uint8Array([1, 2, 3])], "ke-hoach-2023.xlsx");
  fireEvent.change(screen.getByTestId("previous-plan-file"), { target: { files: [file] } });
  expect(props.onOpenPreviousPlan).toHaveBeenCalledWith(file);
  expect(screen.getByRole("status").textContent).toBe("Đã lấy số liệu năm 2023");
  expect(screen.getByRole("button", { name: "Mở kế hoạch năm trước" })).toBeTruthy();
});
