/**
 * Preview entry (`npm start`): the task pane beside a grid of an .xlsx workbook, through the xlsx host.
 * No office.js is loaded here; ExcelJS arrives with the xlsx host in a lazily loaded chunk.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { PreviewPage, preloadSample } from "./preview/PreviewPage";

const SAMPLE = "samples/binh-luong-2024-errors.xlsx";
preloadSample(SAMPLE);

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
      <PreviewPage sampleUrl={SAMPLE} />
    </FluentProvider>
  );
}
