#!/usr/bin/env node
/**
 * The install guide's pictures (docs/images/*.png), taken in Debian's chromium from a production build:
 *   node scripts/docs-screenshots.js [DIST]      (default dist/, built by `npm run build`)
 * - legacy-page.png: taskpane.html where the runtime test fails (as in Internet Explorer 11);
 * - not-in-excel.png: taskpane.html opened in a browser, outside Excel (office.js answered from the npm copy).
 * Task pane size: 350 × 640 px, as Excel on Windows opens it.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.resolve(process.argv[2] || path.join(ROOT, "dist"));
const OUT = path.join(ROOT, "docs/images");
const CDN_DIR = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_LOCAL = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".png": "image/png",
};
/** The pages are shown at an address like the province's (answered from DIST), so their links read as they will. */
const SITE = "https://giamngheo.example.gov.vn/addin/";

/** Answer `base…` URLs from files under `dir`. */
function answerFrom(context, base, dir) {
  return context.route(`${base}**`, (route) => {
    const rel = decodeURIComponent(
      new URL(route.request().url()).pathname.slice(new URL(base).pathname.length)
    );
    const f = path.join(dir, path.normalize(rel));
    if (!f.startsWith(dir) || !fs.existsSync(f) || !fs.statSync(f).isFile()) return route.abort();
    return route.fulfill({
      path: f,
      contentType: TYPES[path.extname(f)] || "application/octet-stream",
    });
  });
}

async function shot(browser, url, file, setup) {
  const context = await browser.newContext({
    viewport: { width: 350, height: 640 },
    locale: "vi-VN",
  });
  await answerFrom(context, CDN_DIR, OFFICE_LOCAL);
  await answerFrom(context, SITE, DIST);
  const page = await context.newPage();
  if (setup) await setup(page);
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(OUT, file), fullPage: true });
  await context.close();
  process.stdout.write(`docs/images/${file}\n`);
}

(async () => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    throw new Error(`${DIST}/taskpane.html missing: run npm run build first`);
  fs.mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--font-render-hinting=none"],
  });
  try {
    await shot(browser, `${SITE}taskpane.html`, "legacy-page.png", (page) =>
      page.addInitScript(() => {
        delete Object.hasOwn; // as in Internet Explorer 11 / EdgeHTML: legacy.js's runtime test fails
      })
    );
    await shot(browser, `${SITE}taskpane.html`, "not-in-excel.png");
  } finally {
    await browser.close();
  }
})().catch((e) => {
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
});
