/**
 * The whole pane over the xlsx host and the errors fixture, driven the way an officer would: by role and name.
 */
import * as fs from "fs";
import * as path from "path";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { XlsxHost } from "../xlsx/XlsxHost";
import { App } from "./App";

jest.setTimeout(120_000);

const FIXTURE = path.resolve(__dirname, "../../assets/samples/binh-luong-2024-errors.xlsx");

async function renderApp() {
  const host = await XlsxHost.fromBuffer(fs.readFileSync(FIXTURE), "errors.xlsx");
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>
  );
  await screen.findByText("A5:I14");
  return host;
}

const issueCells = () =>
  screen
    .queryAllByRole("button", { name: /^Chọn ô / })
    .map((b) => /^Chọn ô ([A-Z]+\d+)/.exec(b.textContent ?? "")?.[1]);

test("check → fix all (previewed, then written) → undo, with the undo button following the host", async () => {
  const user = userEvent.setup();
  const host = await renderApp();
  const undo = screen.getByRole("button", { name: "Hoàn tác" }) as HTMLButtonElement;
  expect(undo.disabled).toBe(true);

  await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
  await user.click(await screen.findByRole("button", { name: "Kiểm tra" }, { timeout: 20_000 }));
  // By row, one cell once: the cut above the poor count (G11) heads what it caused (I11, the totals G14);
  // the mistyped rate F9 comes last, among the rates to compute again.
  const LISTED = ["E10", "G11", "I11", "G14", "D13", "F9"];
  await waitFor(() => expect(issueCells()).toEqual(LISTED));
  expect(screen.getByRole("status").textContent).toBe(
    "Kiểm tra xong: 2 lỗi, 1 cảnh báo, 1 tỷ lệ cần tính lại."
  );

  await user.click(screen.getByRole("button", { name: "Sửa tất cả" }));
  const preview = await screen.findByRole("table", { name: "Các ô sẽ được ghi" });
  expect(within(preview).getAllByRole("row")[1]?.textContent).toBe("F92,832,38");
  expect(host.undoDepth()).toBe(0);
  await user.click(screen.getByRole("button", { name: "Ghi vào bảng" }));
  await waitFor(() => expect(issueCells()).toEqual(["G11", "I11", "G14"]));
  expect(host.undoDepth()).toBe(1);
  await waitFor(() => expect(undo.disabled).toBe(false));

  await user.click(undo);
  await waitFor(() => expect(issueCells()).toEqual(LISTED));
  expect(host.undoDepth()).toBe(0);
  await waitFor(() =>
    expect(screen.getByRole("status").textContent).toMatch(
      /^Đã hoàn tác Sửa tất cả \(\d+ ô\): khôi phục \d+ ô\.$/
    )
  );
});

test("tabs are a labelled tab list; only the selected panel is shown", async () => {
  const user = userEvent.setup();
  await renderApp();
  const list = screen.getByRole("tablist", { name: "Các phần của trợ lý" });
  expect(within(list).getAllByRole("tab")).toHaveLength(4);
  for (const name of ["Bảng", "Kiểm tra", "Tính toán", "Tổng hợp"])
    expect(within(list).getByRole("tab", { name })).toBeTruthy();
  expect(screen.getByRole("tabpanel", { name: "Bảng" })).toBeTruthy();
  await user.click(screen.getByRole("tab", { name: "Tính toán" }));
  expect(screen.getByRole("tabpanel", { name: "Tính toán" })).toBeTruthy();
  expect(screen.queryByRole("tabpanel", { name: "Bảng" })).toBeNull();
});

test("the English switch re-words the pane, status included", async () => {
  const user = userEvent.setup();
  await renderApp();
  await user.click(screen.getByRole("switch", { name: "English" }));
  expect(screen.getByRole("button", { name: "Undo" })).toBeTruthy();
  expect(screen.getByRole("tab", { name: "Check" })).toBeTruthy();
  expect(screen.getByRole("status").textContent).toBe("Found 1 appendix table.");
});
