/**
 * Task pane entry (the yo-office template's plumbing): wait for Office, then render the pane over the Office.js
 * host. Outside Office, office.js resolves `onReady` with no host and no `Excel`: show a friendly page instead; if
 * Office never answers, say so after a while instead of spinning forever.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { uiText } from "./messages";
import { ExcelHost } from "../excel/ExcelHost";
import { App } from "./App";
import { NotInExcel } from "./components/NotInExcel";
import { SlowConnection } from "./components/SlowConnection";
import { waitForOffice } from "./waitForOffice";

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  const render = (node: React.ReactNode) =>
    root.render(
      <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
        {node}
      </FluentProvider>
    );
  const outsideExcel = () => render(<NotInExcel lang="vi" webAppHref="index.html" />);
  render(<Spinner label={uiText("vi", "connecting")} style={{ marginTop: "2rem" }} />);

  // office.js may load and then never call back (a blocked file of its own): after a while the pane says so.
  waitForOffice(
    typeof Office === "undefined" ? undefined : (cb) => void Office.onReady(cb),
    (host) => host === Office.HostType.Excel && typeof Excel !== "undefined",
    (readiness) => {
      if (readiness === "excel") render(<App host={new ExcelHost()} />);
      else if (readiness === "slow")
        render(<SlowConnection lang="vi" onRetry={() => window.location.reload()} />);
      else outsideExcel();
    }
  );
}
