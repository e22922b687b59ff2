/** The "Tự kiểm tra" command in the folded help area: runs the self-test on the pane's host and shows the report. */
import * as fs from "fs";
import * as path from "path";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { SCENARIOS } from "../../../core";
import { XlsxHost } from "../../../xlsx/XlsxHost";
import { App } from "../../App";

jest.setTimeout(60_000);

const FIXTURE = path.resolve(__dirname, "../../../../assets/samples/binh-luong-2024-errors.xlsx");

test("Tự kiểm tra runs every scenario on a temporary sheet, reports each as đạt, and leaves the workbook as it was", async () => {
  const user = userEvent.setup();
  const host = await XlsxHost.fromBuffer(fs.readFileSync(FIXTURE), "errors.xlsx");
  const sheets = await host.listSheets();
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>
  );
  await screen.findByText("A5:I14");
  expect(screen.queryByRole("button", { name: "Tự kiểm tra" })).toBeNull();
  await user.click(
    await screen.findByRole("button", { name: "Giới thiệu và hỗ trợ" }, { timeout: 20_000 })
  );
  await user.click(screen.getByRole("button", { name: "Tự kiểm tra" }));
  const report = (await screen.findByRole("textbox", {
    name: "Báo cáo tự kiểm tra",
  })) as HTMLTextAreaElement;
  const n = SCENARIOS.length;
  await waitFor(() => expect(report.value).toMatch(new RegExp(`\\b${n}/${n} mục đạt`)));
  expect(report.value.split("\n").filter((l) => l.endsWith(": đạt"))).toHaveLength(n);
  expect(await host.listSheets()).toEqual(sheets);
  expect(host.undoDepth()).toBe(0);
});
