/**
 * A write Excel is slow to take (busy, or a cell being edited) is never given up: while it is pending the pane keeps
 * Ghi and Hoàn tác disabled and says why; once Excel runs it they are usable again. The whole pane over ExcelHost on
 * the strict Excel fake, whose write sync is held until the test releases it.
 */
import * as fs from "fs";
import * as path from "path";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ExcelHost } from "../excel/ExcelHost";
import { fakeFromXlsx } from "../../tests/contract/fakeFromXlsx";
import { changeHandlers } from "../../tests/excelFake/fakeEvents";
import type { FakeExcel } from "../../tests/excelFake/FakeExcel";
import { uiText } from "./messages";
import { App } from "./App";

jest.setTimeout(120_000);

const FIXTURE = path.resolve(__dirname, "../../assets/samples/binh-luong-2024-errors.xlsx");

const button = (name: string) => screen.getByRole("button", { name }) as HTMLButtonElement;
const f9 = (fake: FakeExcel) => fake.exportState()[0]?.cells["F9"]?.value;

test("while a write waits for Excel, Ghi and Hoàn tác stay disabled and the pane says why", async () => {
  const fake = await fakeFromXlsx(fs.readFileSync(FIXTURE));
  // A short wait before the pane hears that Excel is slow; the write itself is never given up.
  const host = new ExcelHost({
    run: fake.run,
    requirements: fake.requirements,
    settings: fake.settings,
    timeoutMs: 20,
  });
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>
  );
  await screen.findByText("A5:I14");
  await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
  await user.click(await screen.findByRole("button", { name: "Kiểm tra" }, { timeout: 20_000 }));
  // The live re-check registers its onChanged handler (a batch of its own) before the writes below.
  await waitFor(() => expect(changeHandlers(fake.state).size).toBe(1));

  // A first write, so that Hoàn tác has something to undo.
  await user.click(await screen.findByRole("button", { name: "Ô E10: Sửa thành 4" }));
  await waitFor(() => expect(host.undoDepth()).toBe(1));
  await waitFor(() => expect(button("Hoàn tác").disabled).toBe(false));

  await user.click(button("Sửa tất cả"));
  const write = button("Ghi vào bảng");
  expect(write.disabled).toBe(false);
  const release = fake.holdSync(1); // the snapshot passes; Excel does not take the write
  await user.click(write);
  const status = screen.getByRole("status");
  await waitFor(() => expect(status.textContent).toBe(uiText("vi", "excelWaiting")));
  expect(button("Ghi vào bảng").disabled).toBe(true);
  expect(button("Hoàn tác").disabled).toBe(true);
  expect(host.undoDepth()).toBe(1);
  expect(f9(fake)).toBe(2.83); // Excel has not run it yet

  release();
  await waitFor(() => expect(host.undoDepth()).toBe(2));
  expect(f9(fake)).toBe(2.38);
  await waitFor(() => expect(button("Hoàn tác").disabled).toBe(false));
  expect(status.textContent).toMatch(/^Đã xong: Sửa tất cả/);
  expect(screen.queryByRole("button", { name: "Ghi vào bảng" })).toBeNull();
});
