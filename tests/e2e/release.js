/**
 * The release zip in the e2e run (issue 17): `scripts/release.js --site dist/` packs the build run.js just tested;
 * the zip is unpacked and its site (trang-web/) served, and there
 *   - narrow.js's steps run (the pane at 320/350/380 px, axe-core, the live re-check): the web app IT deploys
 *     passes them, not only dist/;
 *   - after one visit the web app opens with the server stopped (its service worker's cache), while taskpane.html,
 *     in the worker's scope, is never answered from that cache.
 * run.js calls `releaseSteps` with its `step` recorder, static server and narrowSteps.
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const JSZip = require("jszip");

const STEP_TIMEOUT = 60_000;
const SHEET = "Phụ lục";
const OFFICE_CDN_DIR = "https://appsforoffice.microsoft.com/lib/1/hosted/";

function assertEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const b = JSON.stringify(expected);
  if (a !== b) throw new Error(`${what}: expected ${b}, got ${a}`);
}

/** `npm run release` over dist/ (`--site`), unpacked: the zip's site folder, or null (step failed). */
async function unpackRelease(env) {
  const { root, dist, step } = env;
  const RELEASE_DIR = path.join(env.artifacts, "release");
  let site = null;
  await step(
    "npm run release packs this build; its zip unpacks to the site and tao-manifest.html",
    async () => {
      fs.rmSync(RELEASE_DIR, { recursive: true, force: true });
      const r = spawnSync(
        process.execPath,
        [path.join(root, "scripts/release.js"), "--site", dist, "--out", RELEASE_DIR],
        { cwd: root, encoding: "utf8" }
      );
      if (r.status !== 0) throw new Error(`release exit ${r.status}: ${r.stderr}`);
      const version = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version;
      const zip = await JSZip.loadAsync(
        fs.readFileSync(path.join(RELEASE_DIR, `tro-ly-giam-ngheo-${version}.zip`))
      );
      const out = path.join(RELEASE_DIR, "unpacked");
      for (const [name, entry] of Object.entries(zip.files)) {
        if (entry.dir) continue;
        const target = path.join(out, name);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, await entry.async("nodebuffer"));
      }
      for (const f of ["tao-manifest.html", "trang-web/index.html", "trang-web/sw.js"])
        if (!fs.existsSync(path.join(out, f))) throw new Error(`${f} missing from the zip`);
      site = path.join(out, "trang-web");
    }
  );
  return site;
}

/** After one visit the web app opens with no server at all; the task pane is never served from that cache. */
async function offlineSteps(env, site) {
  const { browser, step, serve } = env;
  const server = await serve(site);
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: "vi-VN",
  });
  let stopped = false;
  try {
    await step("first visit: the web app installs its offline cache (sw.js)", async () => {
      const page = await context.newPage();
      page.setDefaultTimeout(STEP_TIMEOUT);
      await page.goto(`${server.url}/`, { waitUntil: "load" });
      await page.locator("aside").getByText("A5:I14").waitFor();
      const active = await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.ready;
        return reg.active ? new URL(reg.active.scriptURL).pathname : null;
      });
      assertEqual(active, "/sw.js", "active service worker");
      await page.close();
    });
    await step(
      "taskpane.html, in the worker's scope, is never answered from its cache",
      async () => {
        const page = await context.newPage();
        page.setDefaultTimeout(STEP_TIMEOUT);
        const fromWorker = [];
        page.on("response", (r) => {
          if (r.fromServiceWorker()) fromWorker.push(r.url());
        });
        await page.route(`${OFFICE_CDN_DIR}**`, (route) => route.abort("internetdisconnected"));
        await page.goto(`${server.url}/taskpane.html`, { waitUntil: "load" });
        await page.getByText("Trợ lý đang chạy ngoài Excel").waitFor();
        assertEqual(fromWorker, [], "taskpane responses from the service worker");
        await page.close();
      }
    );
    await server.close();
    stopped = true;
    await step(
      "with the server stopped, the web app opens again from its cache, sample and all",
      async () => {
        const page = await context.newPage();
        page.setDefaultTimeout(STEP_TIMEOUT);
        await page.goto(`${server.url}/`, { waitUntil: "load" });
        await page.locator("aside").getByText("A5:I14").waitFor();
        await page.getByRole("grid", { name: `Nội dung trang tính “${SHEET}”` }).waitFor();
        await page.close();
      }
    );
  } finally {
    await context.close();
    if (!stopped) await server.close();
  }
}

/**
 * @param {{ browser: import("playwright-core").Browser, root: string, dist: string, artifacts: string,
 *           step: (name: string, fn: () => Promise<void>) => Promise<boolean>,
 *           serve: (dir: string) => Promise<{ url: string, close: () => Promise<void> }>,
 *           narrowSteps: (env: object) => Promise<void> }} env
 */
async function releaseSteps(env) {
  const site = await unpackRelease(env);
  if (!site) return;
  const server = await env.serve(site);
  try {
    await env.narrowSteps({
      browser: env.browser,
      url: server.url,
      root: env.root,
      artifacts: env.artifacts,
      step: env.step,
    });
  } finally {
    await server.close();
  }
  await offlineSteps(env, site);
}

module.exports = { releaseSteps };
