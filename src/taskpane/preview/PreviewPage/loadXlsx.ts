import type * as XlsxHostModule from "../../../xlsx/XlsxHost";

/** The xlsx host with ExcelJS, in a chunk of its own (the Excel pane never loads it). */
export function loadXlsxHost(): Promise<typeof XlsxHostModule> {
  return import(/* webpackChunkName: "xlsx-host" */ "../../../xlsx/XlsxHost");
}

const samples = new Map<string, Promise<ArrayBuffer>>();

/** The sample workbook's bytes, fetched once per address. */
export function fetchSample(url: string): Promise<ArrayBuffer> {
  let bytes = samples.get(url);
  if (!bytes) {
    bytes = fetch(url).then((res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.arrayBuffer();
    });
    samples.set(url, bytes);
  }
  return bytes;
}

/**
 * Start fetching ExcelJS and the sample before React's first render (preview.tsx): both downloads then overlap
 * that render instead of waiting for the page's effect. Failures are reported by usePreview, which awaits the same
 * promises.
 */
export function preloadSample(url: string): void {
  loadXlsxHost().catch(() => undefined);
  fetchSample(url).catch(() => undefined);
}
