#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in order, stopping at the first failure:
 * type checks (whole project + the pure core alone), lint and format, manifest schema validation, CLI build,
 * all jest projects, then the browser end-to-end tests. Ends with one line "N passed, N failed".
 */
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const artifacts = path.join(root, "test-artifacts");
fs.mkdirSync(artifacts, { recursive: true });
const jestJson = path.join(artifacts, "jest-results.json");

const steps = [
  { name: "typecheck", cmd: "npx", args: ["tsc", "-p", "tsconfig.json", "--noEmit"] },
  {
    name: "typecheck core (no DOM, no Office, no node)",
    cmd: "npx",
    args: ["tsc", "-p", "src/core", "--noEmit"],
  },
  { name: "lint (eslint + prettier)", cmd: "npm", args: ["run", "--silent", "lint"] },
  { name: "manifest schema", cmd: "npm", args: ["run", "--silent", "validate:manifest"] },
  { name: "build CLI", cmd: "npm", args: ["run", "--silent", "build:cli"] },
  {
    name: "jest",
    cmd: "npx",
    args: ["jest", "--ci", "--json", `--outputFile=${jestJson}`],
    jest: true,
  },
  {
    name: "end-to-end (chromium)",
    cmd: "npm",
    args: ["run", "--silent", "test:e2e"],
    counts: true,
  },
];

function run(step) {
  return new Promise((resolve) => {
    process.stdout.write(`\n=== ${step.name}\n`);
    const child = spawn(step.cmd, step.args, { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    let tail = "";
    child.stdout.on("data", (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
    });
    child.on("close", (code) => resolve({ code: code ?? 1, tail }));
  });
}

(async () => {
  let passed = 0;
  let failed = 0;
  for (const step of steps) {
    const { code, tail } = await run(step);
    if (step.jest && fs.existsSync(jestJson)) {
      const r = JSON.parse(fs.readFileSync(jestJson, "utf8"));
      passed += r.numPassedTests;
      failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
    } else if (step.counts) {
      const m = [...tail.matchAll(/(\d+) passed, (\d+) failed/g)].pop();
      if (m) {
        passed += Number(m[1]);
        failed += Number(m[2]);
      }
    } else {
      if (code === 0) passed += 1;
    }
    if (code !== 0) {
      if (!step.jest && !step.counts) failed += 1;
      process.stdout.write(`\n✗ ${step.name} failed (exit ${code})\n`);
      process.stdout.write(`${passed} passed, ${Math.max(failed, 1)} failed\n`);
      process.exit(1);
    }
  }
  process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  process.exit(failed > 0 ? 1 : 0);
})();
