/**
 * Time until the preview pane is interactive in headless Debian chromium: from navigation start to the first
 * enabled, visible button in the page (recorded inside the page by a MutationObserver, so polling adds no delay).
 */
import * as fs from "fs";
import * as path from "path";
import { chromium } from "playwright-core";
import { DIST } from "./bundle";
import { median, type Row } from "./report";
import { CHROMIUM_ARGS, serveDir } from "./serveDir";

const MARK_INTERACTIVE = `(() => {
  const check = () => {
    if (window.__interactiveAt !== undefined) return;
    const b = [...document.querySelectorAll('button')].find((x) => !x.disabled && x.getClientRects().length > 0);
    if (b) window.__interactiveAt = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

export async function benchInteractive(runs = 5): Promise<Row[]> {
  const page = path.join(DIST, "preview.html");
  if (!fs.existsSync(page)) {
    return [
      {
        group: "pane",
        name: "preview interactive (chromium)",
        value: null,
        unit: "ms",
        note: "dist/preview.html missing",
      },
    ];
  }
  const server = await serveDir(DIST);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const times: number[] = [];
  let note = "";
  try {
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext();
      const p = await context.newPage();
      await p.addInitScript(MARK_INTERACTIVE);
      await p.goto(`${server.url}/preview.html`, { waitUntil: "load" });
      try {
        await p.waitForFunction(
          () => (window as unknown as { __interactiveAt?: number }).__interactiveAt !== undefined,
          null,
          {
            timeout: 30_000,
          }
        );
        const t = await p.evaluate(
          () => (window as unknown as { __interactiveAt: number }).__interactiveAt
        );
        if (i > 0) times.push(t); // the first load warms the disk cache of this machine, not the browser's
      } catch {
        note = "no enabled button appeared within 30 s";
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return [
    {
      group: "pane",
      name: "preview.html interactive (headless chromium)",
      value: times.length > 0 ? median(times) : null,
      unit: "ms",
      note: note || `median of ${times.length} cold loads (fresh context), first enabled button`,
    },
  ];
}
