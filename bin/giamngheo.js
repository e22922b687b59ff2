#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is compiled to dist/cli by `npm run build:cli`.
const path = require("path");
const fs = require("fs");

const main = path.join(__dirname, "../dist/cli/cli/main.js");
if (!fs.existsSync(main)) {
  process.stderr.write("giamngheo: the CLI is not built yet; run `npm run build:cli` first.\n");
  process.exit(2);
}
// `giamngheo check … | head` closes stdout early: stop quietly instead of crashing with a stack trace.
process.stdout.on("error", (e) => {
  if (e && e.code === "EPIPE") process.exit(process.exitCode || 0);
});
const { runCli } = require(main);
runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
