#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is compiled to dist/cli by `npm run build:cli`.
const { runCli } = require("../dist/cli/cli/main.js");
runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
