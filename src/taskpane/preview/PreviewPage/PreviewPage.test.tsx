/**
 * The web app is usable before ExcelJS and its sample arrive: "Mở tệp" works from the first render, its file waits
 * for ExcelJS, and the officer's file replaces the sample still loading (the sample never overwrites it later).
 * ExcelJS's chunk and the sample's download are held back here until the test lets them through.
 */
import * as fs from "fs";
import * as path from "path";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type * as XlsxHostModule from "../../../xlsx/XlsxHost";
import { PreviewPage } from "./PreviewPage";

jest.setTimeout(60_000);

type Gate<T> = { readonly promise: Promise<T>; open(value: T): void };
function gate<T>(): Gate<T> {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

const SAMPLES = path.resolve(__dirname, "../../../../assets/samples");
const bytesOf = (name: string): ArrayBuffer => {
  const b = fs.readFileSync(path.join(SAMPLES, name));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

let excelJs: Gate<typeof XlsxHostModule>;
let sample: Gate<ArrayBuffer>;
jest.mock("./loadXlsx", () => ({
  loadXlsxHost: () => excelJs.promise,
  fetchSample: () => sample.promise,
}));

beforeEach(() => {
  excelJs = gate();
  sample = gate();
});

function renderPage() {
  render(
    <FluentProvider theme={webLightTheme}>
      <PreviewPage sampleUrl="samples/binh-luong-2024-errors.xlsx" />
    </FluentProvider>
  );
}

test("before ExcelJS and the sample arrive, the page says it is opening the sample and “Mở tệp” is enabled", () => {
  renderPage();
  const openButton = screen.getByRole("button", { name: "Mở tệp .xlsx" }) as HTMLButtonElement;
  expect(openButton.disabled).toBe(false);
  expect((screen.getByRole("button", { name: "Tải xuống" }) as HTMLButtonElement).disabled).toBe(
    true
  );
  expect(screen.getByText("Đang mở tệp “binh-luong-2024-errors.xlsx”…")).toBeTruthy();
});

test("a file opened while the sample loads waits for ExcelJS, then replaces the sample for good", async () => {
  const user = userEvent.setup();
  renderPage();
  const bytes = bytesOf("binh-luong-2024.xlsx");
  // jsdom's File has no arrayBuffer(): the browser's, for this file.
  const officerFile = Object.assign(new File([bytes], "xa-a.xlsx"), {
    arrayBuffer: () => Promise.resolve(bytes),
  });
  await user.upload(screen.getByLabelText("Mở tệp .xlsx"), officerFile);
  expect((screen.getByRole("button", { name: "Mở tệp .xlsx" }) as HTMLButtonElement).disabled).toBe(
    true
  ); // the officer's own file is opening

  excelJs.open(jest.requireActual<typeof XlsxHostModule>("../../../xlsx/XlsxHost"));
  await screen.findByText("Tệp: xa-a.xlsx", undefined, { timeout: 20_000 });
  await screen.findByText("A5:I14", undefined, { timeout: 20_000 });

  // The sample arrives late: it must not take the page back.
  sample.open(bytesOf("binh-luong-2024-errors.xlsx"));
  await new Promise((r) => setTimeout(r, 50));
  expect(screen.queryByText(/^Tệp mẫu:/)).toBeNull();
  expect(screen.getByText("Tệp: xa-a.xlsx")).toBeTruthy();
  await waitFor(() =>
    expect(
      (screen.getByRole("button", { name: "Mở tệp .xlsx" }) as HTMLButtonElement).disabled
    ).toBe(false)
  );
  expect(screen.queryByRole("alert")).toBeNull();
});

test("the sample opens when nothing else was asked for", async () => {
  renderPage();
  excelJs.open(jest.requireActual<typeof XlsxHostModule>("../../../xlsx/XlsxHost"));
  sample.open(bytesOf("binh-luong-2024-errors.xlsx"));
  await screen.findByText(/^Tệp mẫu: binh-luong-2024-errors\.xlsx\./, undefined, {
    timeout: 20_000,
  });
});
