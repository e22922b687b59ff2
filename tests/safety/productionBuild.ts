/**
 * The production build the safety and deployment tests inspect, built once for a sample PUBLIC_URL into a temp
 * folder (never touching dist/) and shared: the folder is named by a hash of everything the build reads, so test
 * files running in parallel (and later runs on unchanged sources) reuse one build; a lock makes the others wait.
 */
import { spawn } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "../..");
/** An address like the province's: a host and a folder. */
export const SAMPLE_PUBLIC_URL = "https://giamngheo.example.gov.vn/addin/";
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The npm copy of the CDN's files, which the browser tests serve in place of the CDN (offline here). */
export const OFFICE_JS_LOCAL_DIR = path.join(ROOT, "node_modules/@microsoft/office-js/dist");

const INPUTS = [
  "src",
  "assets",
  "manifest.xml",
  "webpack.config.js",
  "scripts/deploy.js",
  "scripts/serviceWorkerPlugin.js",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
];
const PREFIX = "giamngheo-prodbuild-";
const STALE_MS = 6 * 3600_000;

export function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p) : [p];
  });
}

function inputsHash(publicUrl: string): string {
  const h = createHash("sha256").update(publicUrl);
  for (const input of INPUTS) {
    const p = path.join(ROOT, input);
    if (!fs.existsSync(p)) continue;
    const files = fs.statSync(p).isDirectory() ? listFiles(p).sort() : [p];
    for (const f of files) h.update(path.relative(ROOT, f)).update("\0").update(fs.readFileSync(f));
  }
  return h.digest("hex").slice(0, 16);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function runWebpack(out: string, publicUrl: string): Promise<void> {
  const webpack = path.join(ROOT, "node_modules/webpack/bin/webpack.js");
  const log: string[] = [];
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [webpack, "--mode", "production", "--output-path", out], {
      cwd: ROOT,
      env: { ...process.env, PUBLIC_URL: publicUrl },
    });
    p.stdout.on("data", (d: Buffer) => log.push(d.toString()));
    p.stderr.on("data", (d: Buffer) => log.push(d.toString()));
    p.on("close", (c) =>
      c === 0
        ? resolve()
        : reject(new Error(`webpack --mode production failed:\n${log.join("").slice(-3000)}`))
    );
  });
}

/** Old builds of other sources (left by earlier runs, any worktree) are removed once they are stale. */
function removeStale(keep: string): void {
  const tmp = os.tmpdir();
  for (const name of fs.readdirSync(tmp)) {
    const p = path.join(tmp, name);
    if (!name.startsWith(PREFIX) || p === keep || p.startsWith(`${keep}.`)) continue;
    try {
      if (Date.now() - fs.statSync(p).mtimeMs > STALE_MS)
        fs.rmSync(p, { recursive: true, force: true });
    } catch {
      // Another run removed it first.
    }
  }
}

/** The folder holding `PUBLIC_URL=publicUrl webpack --mode production` of the current sources. */
export async function buildProductionInto(publicUrl: string = SAMPLE_PUBLIC_URL): Promise<string> {
  const out = path.join(os.tmpdir(), `${PREFIX}${inputsHash(publicUrl)}`);
  const lock = `${out}.lock`;
  for (;;) {
    if (fs.existsSync(path.join(out, "taskpane.html"))) return out;
    try {
      fs.mkdirSync(lock);
    } catch {
      const pid = Number(fs.readFileSync(path.join(lock, "pid"), { flag: "a+", encoding: "utf8" }));
      if (pid > 0 && !alive(pid)) fs.rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 1000));
      continue;
    }
    try {
      fs.writeFileSync(path.join(lock, "pid"), String(process.pid));
      removeStale(out);
      const building = `${out}.building`;
      fs.rmSync(building, { recursive: true, force: true });
      await runWebpack(building, publicUrl);
      fs.renameSync(building, out);
      return out;
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}
