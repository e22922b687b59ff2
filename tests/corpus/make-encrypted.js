#!/usr/bin/env node
"use strict";
/*
 * One-off generator for tests/corpus/password-protected.xlsx (committed; not run by the tests).
 *
 * It opens the clean shared fixture and saves it with Agile Encryption (password "matkhau"), which gives a real
 * encrypted OOXML file: a Compound File Binary container (magic D0 CF 11 E0 A1 B1 1A E1) holding
 * EncryptionInfo + EncryptedPackage streams, exactly what Excel writes for "Encrypt with Password".
 *
 * xlsx-populate is not a project dependency; install it somewhere temporary:
 *   npm i --prefix /tmp/enc xlsx-populate@1.21.0
 *   NODE_PATH=/tmp/enc/node_modules node tests/corpus/make-encrypted.js
 */
const fs = require("fs");
const path = require("path");
const XlsxPopulate = require("xlsx-populate");

const source = path.join(__dirname, "../resources/workbooks/binh-luong-2024.xlsx");
const target = path.join(__dirname, "password-protected.xlsx");

XlsxPopulate.fromDataAsync(fs.readFileSync(source))
  .then((wb) => wb.outputAsync({ password: "matkhau" }))
  .then((buf) => {
    fs.writeFileSync(target, buf);
    process.stdout.write(`${target}: ${buf.length} bytes\n`);
  });
