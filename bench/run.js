#!/usr/bin/env node
"use strict";
// Compile the bench with the engine, both hosts and the Excel fake (tsconfig.bench.json -> dist/bench), then run it.
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const tsc = spawnSync(
  process.execPath,
  [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.bench.json"],
  {
    cwd: root,
    stdio: "inherit",
  }
);
if (tsc.status !== 0) {
  process.stderr.write("bench: TypeScript compile failed\n");
  process.exit(1);
}
require(path.join(root, "dist/bench/bench/main.js"));
