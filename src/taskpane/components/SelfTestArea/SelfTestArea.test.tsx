/** The "Tự kiểm tra" command in the folded help area: runs the self-test on the pane's host and shows the report. */
import * as fs from "fs";
import * as path from "path";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { XlsxHost } from "../../../xlsx/XlsxHost";
import { App } from "../../App";
import { SelfTestArea } from "./SelfTestArea";

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
  // Every scenario passes: "n/n mục đạt", and n lines say "đạt" (the list grows as scenarios are added).
  await waitFor(() => expect(report.value).toMatch(/(\d+)\/\1 mục đạt/));
  const n = Number(/(\d+)\/\1 mục đạt/.exec(report.value)?.[1]);
  expect(n).toBeGreaterThanOrEqual(9);
  expect(report.value.split("\n").filter((l) => l.endsWith(": đạt"))).toHaveLength(n);
  expect(await host.listSheets()).toEqual(sheets);
  expect(host.undoDepth()).toBe(0);
});

test("the help area opens with a four-step how-to: Kiểm tra → Sửa → Phân bổ → Tổng hợp", async () => {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <SelfTestArea
        lang="vi"
        disabled={false}
        running={false}
        lines={[]}
        copied={false}
        onRun={jest.fn()}
        onCopy={jest.fn()}
      />
    </FluentProvider>
  );
  await user.click(screen.getByRole("button", { name: "Giới thiệu và hỗ trợ" }));
  const howTo = screen.getByRole("region", { name: "Cách dùng" });
  const steps = within(howTo)
    .getAllByRole("listitem")
    .map((li) => /^[^:]+/.exec(li.textContent ?? "")?.[0]);
  expect(steps).toEqual(["Kiểm tra", "Sửa", "Phân bổ", "Tổng hợp"]);
});
