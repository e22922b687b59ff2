/**
 * Production bundle size of the pane's initial JavaScript: every script its HTML page loads before anything else
 * (taskpane.html: legacy.js and the bundle it adds; index.html: its script tags), gzip -9. Chunks fetched later
 * (a tab opened, ExcelJS) are not initial; interactive.ts reports what the browser actually fetched before the page
 * became interactive.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { gzipSync } from "zlib";
import { findTags } from "./html";
import type { Row } from "./report";

/** The repository root: the bench runs compiled from dist/bench/bench, so walk up to webpack.config.js. */
function findRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, "webpack.config.js")) && path.dirname(dir) !== dir)
    dir = path.dirname(dir);
  return dir;
}

export const ROOT = findRoot(__dirname);

/** Issue 19: the pane's initial JavaScript, gzip (Office asks an add-in to load fast; communes are on slow links). */
export const INITIAL_JS_TARGET_KB = 200;
export const DIST = path.join(ROOT, "dist");

export function buildProduction(): { ok: boolean; ms: number; error?: string } {
  const t0 = Date.now();
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production"],
    {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    }
  );
  const ms = Date.now() - t0;
  if (r.status !== 0)
    return { ok: false, ms, error: (r.stderr || r.stdout || "").split("\n").slice(-5).join(" ") };
  return { ok: true, ms };
}

/** Local script files an HTML page in dist/ loads (src attributes), resolved against the page. */
export function initialScripts(page: string): string[] {
  const html = fs.readFileSync(page, "utf8");
  // taskpane.html names its bundle in legacy.js's data-bundle (legacy.js adds those scripts itself).
  const srcs = findTags(html, "script")
    .flatMap((t) => [t.attrs["src"], ...(t.attrs["data-bundle"] ?? "").split(" ")])
    .filter((s): s is string => s !== undefined && s !== "");
  return srcs
    .filter((s) => !/^[a-z]+:\/\//i.test(s))
    .map((s) => path.join(path.dirname(page), s.split("?")[0]!));
}

function sizes(files: readonly string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const b = fs.readFileSync(f);
    raw += b.length;
    gzip += gzipSync(b, { level: 9 }).length;
  }
  return { raw, gzip };
}

export function benchBundle(build: { ok: boolean; error?: string }): Row[] {
  const rows: Row[] = [];
  if (!build.ok) {
    return [
      {
        group: "bundle",
        name: "webpack --mode production",
        value: null,
        unit: "KB",
        note: `build failed: ${build.error ?? ""}`,
      },
    ];
  }
  for (const page of ["taskpane.html", "index.html"]) {
    const file = path.join(DIST, page);
    if (!fs.existsSync(file)) {
      rows.push({
        group: "bundle",
        name: `${page} initial JS`,
        value: null,
        unit: "KB",
        note: "page not in dist/",
      });
      continue;
    }
    const scripts = initialScripts(file);
    const own = scripts.filter((s) => !s.includes(`${path.sep}office${path.sep}`));
    const office = scripts.filter((s) => s.includes(`${path.sep}office${path.sep}`));
    const s = sizes(own);
    rows.push({
      group: "bundle",
      name: `${page} initial JS, gzip`,
      value: s.gzip / 1024,
      unit: "KB",
      target: { op: "<=", value: INITIAL_JS_TARGET_KB },
      note: `${own.map((f) => path.basename(f)).join(", ")}`,
    });
    rows.push({
      group: "bundle",
      name: `${page} initial JS, raw`,
      value: s.raw / 1024,
      unit: "KB",
    });
    if (office.length > 0) {
      const o = sizes(office);
      rows.push({
        group: "bundle",
        name: `${page} office.js loader (not ours), gzip`,
        value: o.gzip / 1024,
        unit: "KB",
        note: "served from dist/office (development builds), not counted above",
      });
    }
  }
  return rows;
}
