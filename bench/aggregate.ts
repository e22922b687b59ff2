/**
 * `giamngheo aggregate` over a province of 100 generated commune workbooks (tests/province/communeSet.ts: 3–40
 * villages each, with the unreadable, duplicate and legacy files a province receives), run as the officer runs it:
 * a fresh node process, against a fresh process that only loads the same files one after the other with ExcelJS.
 * The workers must pay for themselves: aggregate (open + check + consolidate + write) ≤ 1.0 × the bare load.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { writeCommuneSet } from "../tests/province/communeSet";
import { median, type Row } from "./report";

const COMMUNES = 100;
const RUNS = 3;

/** The compiled CLI beside this file (dist/bench/src/cli), so the workers find their compiled script. */
const CLI_MAIN = path.join(__dirname, "../src/cli/main.js");

const BARE = `
const ExcelJS = require("exceljs"); const fs = require("fs"); const path = require("path");
(async () => { const dir = process.argv[1];
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx")).sort()) {
    try { await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(path.join(dir, f))); } catch {}
  }
  process.stdout.write(JSON.stringify({ maxRss: process.resourceUsage().maxRSS }));
})();`;

const AGGREGATE = `
const { runCli } = require(${JSON.stringify(CLI_MAIN)});
const [dir, out, ...rest] = process.argv.slice(1);
runCli(["aggregate", dir, "-o", out, "--json", ...rest], { stdout: () => {}, stderr: (s) => process.stderr.write(s) })
  .then((code) => process.stdout.write(JSON.stringify({ code, maxRss: process.resourceUsage().maxRSS })));`;

type Timed = { readonly ms: number; readonly maxRssKb: number; readonly code: number };

function timeProcess(script: string, args: readonly string[]): Timed {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["-e", script, ...args], {
    encoding: "utf8",
    // the project folder, where `require("exceljs")` of the -e script resolves
    cwd: path.resolve(__dirname, "../../.."),
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 || r.stdout === "") throw new Error(`bench child failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { maxRss: number; code?: number };
  return { ms, maxRssKb: out.maxRss, code: out.code ?? 0 };
}

export async function benchAggregate(): Promise<Row[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-province-"));
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-province-out-"));
  try {
    const set = await writeCommuneSet(dir, COMMUNES, 2025);
    const mb = set.reduce((a, f) => a + f.bytes.length, 0) / 1e6;
    const bare: Timed[] = [];
    const workers: Timed[] = [];
    const single: Timed[] = [];
    const out = path.join(outDir, "tinh.xlsx");
    for (let i = 0; i < RUNS; i++) {
      bare.push(timeProcess(BARE, [dir]));
      workers.push(timeProcess(AGGREGATE, [dir, out]));
      single.push(timeProcess(AGGREGATE, [dir, out, "--jobs", "1"]));
    }
    const bareMs = median(bare.map((t) => t.ms));
    const aggMs = median(workers.map((t) => t.ms));
    const oneMs = median(single.map((t) => t.ms));
    const cores = os.availableParallelism?.() ?? os.cpus().length;
    const load = os.loadavg()[0]?.toFixed(1) ?? "?";
    const note = `${COMMUNES} files (${mb.toFixed(1)} MB), median of ${RUNS} fresh processes; ${cores} cores, load ${load}`;
    return [
      {
        group: "province",
        name: "bare sequential ExcelJS load, 100 files",
        value: bareMs,
        unit: "ms",
        note,
      },
      {
        group: "province",
        name: `aggregate 100 communes (default: up to ${cores} jobs)`,
        value: aggMs,
        unit: "ms",
        note,
      },
      {
        group: "province",
        name: "aggregate ÷ bare ExcelJS load",
        value: Math.round((aggMs / bareMs) * 100) / 100,
        unit: "×",
        target: { op: "<=", value: 1 },
        note: "open + check + consolidate + write both sheets, against opening the files only",
      },
      {
        group: "province",
        name: "aggregate --jobs 1 (no workers)",
        value: oneMs,
        unit: "ms",
        note: "what the workers buy",
      },
      {
        group: "province",
        name: "aggregate per file",
        value: Math.round((aggMs / COMMUNES) * 10) / 10,
        unit: "ms/file",
      },
      {
        group: "province",
        name: "aggregate peak memory (process, workers included)",
        value: Math.round(Math.max(...workers.map((t) => t.maxRssKb)) / 1024),
        unit: "MB",
        note: `bare load: ${Math.round(Math.max(...bare.map((t) => t.maxRssKb)) / 1024)} MB`,
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
