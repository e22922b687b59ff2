/**
 * Task pane entry (the yo-office template's plumbing): wait for Office, then render the pane over the Office.js
 * host. Outside Office, office.js resolves `onReady` with no host and no `Excel`: show a friendly page instead.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { uiText } from "./messages";
import { ExcelHost } from "../excel/ExcelHost";
import { App } from "./App";
import { NotInExcel } from "./components/NotInExcel";

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  const render = (node: React.ReactNode) =>
    root.render(
      <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
        {node}
      </FluentProvider>
    );
  const outsideExcel = () => render(<NotInExcel lang="vi" previewHref="preview.html" />);
  render(<Spinner label={uiText("vi", "connecting")} style={{ marginTop: "2rem" }} />);

  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    outsideExcel();
  } else {
    void Office.onReady((info) => {
      if (info.host === Office.HostType.Excel && typeof Excel !== "undefined")
        render(<App host={new ExcelHost()} />);
      else outsideExcel();
    });
  }
}
