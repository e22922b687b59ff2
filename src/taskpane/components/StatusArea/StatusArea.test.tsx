import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { HostError } from "../../../core";
import { notice, noticeFromError } from "../../hooks/notice";
import { StatusArea } from "./StatusArea";
import type { StatusAreaProps } from "./StatusArea.types";

function renderArea(over: Partial<StatusAreaProps> = {}) {
  const props: StatusAreaProps = {
    lang: "vi",
    busy: false,
    progress: undefined,
    status: null,
    error: null,
    onDismissError: jest.fn(),
    ...over,
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <StatusArea {...props} />
    </FluentProvider>
  );
  return props;
}

test("status is announced in a polite live region", () => {
  renderArea({ status: notice("statusSelected", { cell: "F9" }) });
  const live = screen.getByRole("status");
  expect(live.getAttribute("aria-live")).toBe("polite");
  expect(live.textContent).toBe("Đã chọn ô F9.");
});

test("long work shows a progress bar", () => {
  renderArea({ busy: true, progress: 0.5 });
  const bar = screen.getByRole("progressbar", { name: "Đang xử lý…" });
  expect(bar.getAttribute("aria-valuenow")).toBe("0.5");
});

test("a host error is shown in Vietnamese (and in English when switched), and can be dismissed", () => {
  const error = noticeFromError(new HostError("CELL_EDIT_MODE"));
  const props = renderArea({ error });
  expect(screen.getByRole("alert").textContent).toContain("Excel đang ở chế độ sửa ô");
  fireEvent.click(screen.getByRole("button", { name: "Đóng" }));
  expect(props.onDismissError).toHaveBeenCalled();
});

test("an unexpected error keeps its own text, never swallowed", () => {
  renderArea({ error: noticeFromError(new Error("boom at sheet X")), lang: "en" });
  expect(screen.getByRole("alert").textContent).toContain(
    "An unexpected error occurred: boom at sheet X"
  );
});
