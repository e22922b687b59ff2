/**
 * "Tổng hợp nhiều xã" in the whole pane over the xlsx host, driven as an officer would: choose a province's files,
 * watch their states, preview and insert the two sheets (one undo step), jump to a commune's problem, undo.
 */
import * as fs from "fs";
import * as path from "path";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { XlsxHost } from "../../../xlsx/XlsxHost";
import { App } from "../../App";
import { buildCommuneSet } from "../../../../tests/province/communeSet";

jest.setTimeout(120_000);

const FIXTURE = path.resolve(__dirname, "../../../../assets/samples/binh-luong-2024-errors.xlsx");

/** A File whose bytes the hook reads with arrayBuffer() (as the browser gives them). */
function fileOf(name: string, bytes: Uint8Array): File {
  const file = new File([bytes.slice()], name);
  if (typeof file.arrayBuffer !== "function") {
    Object.defineProperty(file, "arrayBuffer", {
      value: () => Promise.resolve(bytes.slice().buffer),
    });
  }
  return file;
}

test("choose files → states → preview → insert → jump to a problem → undo", async () => {
  const user = userEvent.setup();
  const host = await XlsxHost.fromBuffer(fs.readFileSync(FIXTURE), "errors.xlsx");
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>
  );
  await screen.findByText("A5:I14");
  await user.click(screen.getByRole("button", { name: "Tổng hợp nhiều xã" }));

  const set = await buildCommuneSet(9, 5);
  const input = screen.getByLabelText("Chọn tệp của các xã…") as HTMLInputElement;
  expect(input.multiple).toBe(true);
  await user.upload(
    input,
    set.map((f) => fileOf(f.file, f.bytes))
  );
  await screen.findByText(/^Đã đọc 9 tệp: 5 xã, phường được cộng\.$/, undefined, {
    timeout: 60_000,
  });
  const n = (status: string) => set.filter((f) => f.expected.status === status).length;
  expect(
    screen.getByText(
      `${n("ok")} đạt · ${n("errors")} có lỗi · ${n("unreadable")} không đọc được · ${n("duplicate")} trùng xã`
    )
  ).toBeTruthy();

  const list = screen.getByRole("list", { name: "Các tệp đã chọn" });
  const items = within(list).getAllByRole("listitem");
  expect(items).toHaveLength(9);
  const item = (file: string) => items.find((li) => li.textContent?.includes(file)) as HTMLElement;
  expect(item("hong.xlsx").textContent).toMatch(/Không đọc được/);
  expect(item("hong.xlsx").textContent).toMatch(/không phải sổ làm việc Excel/);
  expect(item("zz-ban-sao.xlsx").textContent).toMatch(/Trùng xã/);

  await user.click(screen.getByRole("button", { name: "Chèn hai trang tổng hợp" }));
  await screen.findByRole("table", { name: "Các ô sẽ được ghi" });
  expect(host.undoDepth()).toBe(0);
  await user.click(screen.getByRole("button", { name: "Ghi vào bảng" }));
  await screen.findByText(/^Đã chèn “Tổng hợp tỉnh” và “Tình trạng tệp”/);
  expect(await host.listSheets()).toEqual(
    expect.arrayContaining(["Tổng hợp tỉnh", "Tình trạng tệp"])
  );
  expect((await host.readGrid("Tổng hợp tỉnh")).generated).toBe("province");
  expect(host.undoDepth()).toBe(1);

  await user.click(
    within(item("hong.xlsx")).getByRole("button", {
      name: /^Xem vấn đề của hong trên trang tình trạng tệp$/,
    })
  );
  await screen.findByText(/^Đã chọn ô G\d+ trên trang “Tình trạng tệp”\.$/);
  expect(await host.activeSheet()).toBe("Tình trạng tệp");

  await user.click(screen.getByRole("button", { name: "Hoàn tác" }));
  await waitFor(async () => expect(await host.listSheets()).not.toContain("Tổng hợp tỉnh"));
});
