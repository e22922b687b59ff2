/**
 * @jest-environment jsdom
 *
 * The pane renders workbook text only as text. The whole App runs over an xlsx host whose sheet name, unit names
 * and cells hold HTML/script payloads; after detection, the check (issue list with messages quoting the names),
 * fix-all preview and the summary tab, the document has no element the payload could have created and shows the
 * payload literally.
 */
import "../setup/setupJsdom";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { App } from "../../src/taskpane/App";
import { XlsxHost } from "../../src/xlsx/XlsxHost";
import { buildAppendix, FIRST_DATA_ROW, withCells, type WorkbookSpec } from "../corpus/appendix";
import { toXlsxBuffer } from "../corpus/writeXlsx";

jest.setTimeout(60_000);

const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = "<script>alert(2)</script>";
const IFRAME = '<iframe src="javascript:alert(3)">';
const NAMES = [IMG, SCRIPT, IFRAME, "Thôn <b>đậm</b>", "Làng Gió"];

function workbook(): WorkbookSpec {
  const base = buildAppendix({ units: NAMES.length, seed: 8, unitName: (i) => NAMES[i]! });
  const v = base.sheets[0]!.values;
  const spec = withCells(base, [
    // A wrong rate on the IMG unit and a count typed as text on the SCRIPT unit: both get issues quoting the name.
    {
      row: FIRST_DATA_ROW,
      col: 6,
      value: (v[FIRST_DATA_ROW - 1]![5] as number) + 2,
      numberFormat: "0.00",
    },
    { row: FIRST_DATA_ROW + 1, col: 5, value: `${String(v[FIRST_DATA_ROW]![4])} hộ ${IMG}` },
    { row: 1, col: 1, value: `PHỤ LỤC ${IMG}` },
  ]);
  spec.sheets[0] = { ...spec.sheets[0]!, name: IMG };
  return spec;
}

const dangerous = (): Element[] => [
  ...document.querySelectorAll("img, script, iframe, b, object, embed"),
];

test("payloads in sheet name, unit names and cells render as text, never as elements", async () => {
  const alerts = jest.fn();
  window.alert = alerts;
  const host = await XlsxHost.fromBuffer(await toXlsxBuffer(workbook()));
  render(
    React.createElement(
      FluentProvider,
      { theme: webLightTheme },
      React.createElement(App, { host })
    )
  );

  // Detection finished: the table section names the sheet.
  await waitFor(() => expect(document.body.textContent).toContain(IMG), { timeout: 20_000 });
  expect(dangerous()).toEqual([]);

  // Check: the issue list quotes the unit names and the bad cell text.
  await act(async () => {
    fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
  });
  const runCheck = await screen.findByRole("button", { name: "Kiểm tra" }, { timeout: 20_000 });
  await act(async () => {
    fireEvent.click(runCheck);
  });
  await waitFor(() => expect(document.body.textContent).toContain(`hộ ${IMG}`), {
    timeout: 20_000,
  });
  expect(document.body.textContent).toContain(SCRIPT);
  expect(dangerous()).toEqual([]);

  // Fix all: the write preview lists cells (with unit names) before anything is written.
  const fixAll = screen.queryByRole("button", { name: "Sửa tất cả" });
  if (fixAll) {
    await act(async () => {
      fireEvent.click(fixAll);
    });
    expect(dangerous()).toEqual([]);
  }

  // Every tab renders without turning text into markup.
  for (const tab of screen.getAllByRole("tab")) {
    await act(async () => {
      fireEvent.click(tab);
    });
    // A tab's section loads when first opened: check it once it is there.
    await waitFor(() => expect(screen.queryByText("Đang tải phần này…")).toBeNull(), {
      timeout: 20_000,
    });
    expect(dangerous()).toEqual([]);
  }
  expect(alerts).not.toHaveBeenCalled();
});
