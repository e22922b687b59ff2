/**
 * The web app's entry (dist/index.html; `npm start`): the task pane beside a grid of an .xlsx workbook, through
 * the xlsx host, for officers whose Excel cannot run the add-in. No office.js is loaded here; ExcelJS arrives with
 * the xlsx host in a lazily loaded chunk. After the first visit it opens from its offline cache (sw.js).
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { PreviewPage, preloadSample } from "./preview/PreviewPage";
import { registerServiceWorker } from "./preview/registerServiceWorker";

const SAMPLE = "samples/binh-luong-2024-errors.xlsx";
preloadSample(SAMPLE);

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
      <PreviewPage sampleUrl={SAMPLE} />
    </FluentProvider>
  );
  registerServiceWorker(container.dataset["serviceWorker"]);
}
