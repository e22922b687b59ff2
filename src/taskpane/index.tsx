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
import { LoadBoundary, lazySection } from "./components/LazyLoad";
import { waitForOffice } from "./waitForOffice";

// Pages for when the pane cannot run (outside Excel, Office silent): fetched only then.
const NotInExcel = lazySection(
  () => import(/* webpackChunkName: "not-in-excel" */ "./components/NotInExcel"),
  "NotInExcel"
);
const SlowConnection = lazySection(
  () => import(/* webpackChunkName: "slow-connection" */ "./components/SlowConnection"),
  "SlowConnection"
);

/** After the browser has painted and has nothing more urgent (requestIdleCallback where there is one). */
function whenIdle(then: () => void): void {
  if (typeof window.requestIdleCallback === "function")
    window.requestIdleCallback(then, { timeout: 2000 });
  else window.setTimeout(then, 500);
}

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  const render = (node: React.ReactNode) =>
    root.render(
      <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
        {node}
      </FluentProvider>
    );
  const outsideExcel = () =>
    render(
      <LoadBoundary lang="vi">
        <NotInExcel lang="vi" webAppHref="index.html" />
      </LoadBoundary>
    );
  render(<Spinner label={uiText("vi", "connecting")} style={{ marginTop: "2rem" }} />);

  // office.js may load and then never call back (a blocked file of its own): after a while the pane says so.
  waitForOffice(
    typeof Office === "undefined" ? undefined : (cb) => void Office.onReady(cb),
    (host) => host === Office.HostType.Excel && typeof Excel !== "undefined",
    (readiness) => {
      if (readiness === "excel") {
        const host = new ExcelHost();
        render(<App host={host} />);
        // Writes and undo are a chunk of their own: fetched once the pane has painted, before the first Ghi.
        whenIdle(() => host.preloadWrites());
      } else if (readiness === "slow")
        render(
          <LoadBoundary lang="vi">
            <SlowConnection lang="vi" onRetry={() => window.location.reload()} />
          </LoadBoundary>
        );
      else outsideExcel();
    }
  );
}
