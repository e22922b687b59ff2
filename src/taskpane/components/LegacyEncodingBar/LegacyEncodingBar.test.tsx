import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { PendingWrite } from "../../hooks/useWorkbook";
import { LegacyEncodingBar } from "./LegacyEncodingBar";
import type { LegacyEncodingBarProps } from "./LegacyEncodingBar.types";

const PENDING: PendingWrite = {
  action: "unicode",
  origin: "legacy",
  plan: { action: "unicode", sheets: [] },
  preview: {
    cells: [
      { sheet: "Phụ lục", cell: "D7", before: "Tæng sè hé", after: "Tổng số hộ", kind: "value" },
    ],
    cellCount: 1,
    textToNumber: 0,
    sheets: ["Phụ lục"],
    created: [],
  },
  allocation: null,
};

function renderBar(over: Partial<LegacyEncodingBarProps> = {}) {
  const props: LegacyEncodingBarProps = {
    lang: "vi",
    disabled: false,
    legacy: { encoding: "tcvn3", cells: 21 },
    pending: null,
    onConvert: jest.fn(),
    onConfirm: jest.fn(),
    onCancel: jest.fn(),
    ...over,
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <LegacyEncodingBar {...props} />
    </FluentProvider>
  );
  return props;
}

test("renders nothing without legacy text", () => {
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <LegacyEncodingBar
        lang="vi"
        disabled={false}
        legacy={null}
        pending={null}
        onConvert={jest.fn()}
        onConfirm={jest.fn()}
        onCancel={jest.fn()}
      />
    </FluentProvider>
  );
  expect(container.textContent).toBe("");
});

test("names the encoding and asks for the conversion", () => {
  const props = renderBar();
  expect(screen.getByText("Chữ viết bằng bảng mã cũ TCVN3 (ABC)")).toBeTruthy();
  expect(screen.getByText(/21 ô trong sổ tính/)).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Chuyển sang Unicode" }));
  expect(props.onConvert).toHaveBeenCalledTimes(1);
});

test("shows the conversion's preview instead of the button while it waits, in English too", () => {
  const props = renderBar({ lang: "en", legacy: { encoding: "vni", cells: 3 }, pending: PENDING });
  expect(screen.queryByRole("button", { name: "Convert to Unicode" })).toBeNull();
  expect(screen.getByText("Tổng số hộ")).toBeTruthy();
  expect(screen.getByText("Text in the old VNI-Windows encoding")).toBeTruthy();
  expect(props.onConfirm).not.toHaveBeenCalled();
});

test("ignores a pending write of another action", () => {
  renderBar({ pending: { ...PENDING, action: "fix", origin: "check" } });
  expect(screen.getByRole("button", { name: "Chuyển sang Unicode" })).toBeTruthy();
});
