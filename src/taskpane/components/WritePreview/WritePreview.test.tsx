import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { PendingWrite } from "../../hooks/useWorkbook";
import { WritePreview } from "./WritePreview";

const XSS = "<img src=x onerror=alert(1)>";

const fix: PendingWrite = {
  action: "fix",
  origin: "check",
  plan: { action: "fix", sheets: [] },
  preview: {
    cells: [
      { sheet: "Phụ lục", cell: "F9", before: "2,83", after: "2,38", kind: "value" },
      { sheet: "Phụ lục", cell: "D13", before: "98", after: "98", kind: "textToNumber" },
    ],
    cellCount: 2,
    textToNumber: 1,
    sheets: ["Phụ lục"],
    created: [],
  },
  allocation: null,
};

const allocate: PendingWrite = {
  ...fix,
  action: "allocate",
  origin: "compute",
  allocation: {
    rows: [
      { row: 8, name: XSS, oldCut: 0, newCut: 1, projectedRate: 0 },
      { row: 9, name: "Làng Gió", oldCut: 0, newCut: 2, projectedRate: 0.79 },
    ],
    total: { oldCut: 0, newCut: 3, projectedRate: 3.98 },
  },
};

function renderPreview(pending: PendingWrite) {
  const onConfirm = jest.fn();
  const onCancel = jest.fn();
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <WritePreview
        lang="vi"
        pending={pending}
        disabled={false}
        onConfirm={onConfirm}
        onCancel={onCancel}
      />
    </FluentProvider>
  );
  return { ...utils, onConfirm, onCancel };
}

test("lists every cell with its current and new content before writing; focus moves to the preview", () => {
  renderPreview(fix);
  const table = screen.getByRole("table", { name: "Các ô sẽ được ghi" });
  const rows = within(table).getAllByRole("row");
  expect(rows.map((r) => r.textContent)).toEqual([
    "ÔHiện tạiSau khi ghi",
    "F92,832,38",
    "D139898 (chữ → số)",
  ]);
  expect(screen.getByText("Sẽ thay đổi 2 ô trên trang “Phụ lục”.")).toBeTruthy();
  expect(screen.getByText(/^1 ô đang lưu số dưới dạng chữ sẽ được đổi thành số/)).toBeTruthy();
  expect(document.activeElement).toBe(screen.getByRole("heading", { name: /Xem trước thay đổi/ }));
});

test("closing the preview gives focus back to the button that opened it", async () => {
  const opener = document.createElement("button");
  document.body.appendChild(opener);
  opener.focus();
  const { unmount } = renderPreview(fix);
  expect(document.activeElement).not.toBe(opener);
  unmount();
  await waitFor(() => expect(document.activeElement).toBe(opener));
  opener.remove();
});

test("nothing is written until the officer confirms; cancel writes nothing", () => {
  const { onConfirm, onCancel } = renderPreview(fix);
  expect(onConfirm).not.toHaveBeenCalled();
  fireEvent.click(screen.getByRole("button", { name: "Hủy" }));
  expect(onCancel).toHaveBeenCalledTimes(1);
  expect(onConfirm).not.toHaveBeenCalled();
  fireEvent.click(screen.getByRole("button", { name: "Ghi vào bảng" }));
  expect(onConfirm).toHaveBeenCalledTimes(1);
});

test("Esc cancels the preview", () => {
  const { onCancel, onConfirm } = renderPreview(fix);
  fireEvent.keyDown(screen.getByRole("heading", { name: /Xem trước thay đổi/ }), { key: "Escape" });
  expect(onCancel).toHaveBeenCalledTimes(1);
  expect(onConfirm).not.toHaveBeenCalled();
});

test("an allocation preview shows old → new cut and the projected rate per unit, names as text", () => {
  const { container } = renderPreview(allocate);
  const table = screen.getByRole("table", { name: "Số hộ giảm nghèo trước và sau khi phân bổ" });
  const rows = within(table).getAllByRole("row");
  expect(within(rows[1] as HTMLElement).getByRole("rowheader").textContent).toBe(XSS);
  expect(rows[2]?.textContent).toBe("Làng Gió020,79");
  expect(rows[3]?.textContent).toBe("Tổng033,98");
  expect(container.querySelector("img")).toBeNull();
});
