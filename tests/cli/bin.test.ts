/** The built launcher, run as the officer runs it (needs `npm run build:cli`; skipped with a note otherwise). */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ERRORS, lines } from "./harness";

const ROOT = path.resolve(__dirname, "../..");
const built = fs.existsSync(path.join(ROOT, "dist/cli/cli/main.js"));

(built ? test : test.skip)(
  "node bin/giamngheo.js check: exit code, stdout and stderr of a real process",
  () => {
    const ok = spawnSync(
      process.execPath,
      [path.join(ROOT, "bin/giamngheo.js"), "check", ERRORS, "--json"],
      { encoding: "utf8" }
    );
    expect(ok.status).toBe(1);
    expect(JSON.parse(ok.stdout).tables[0].issues).toHaveLength(6);
    const bad = spawnSync(
      process.execPath,
      [path.join(ROOT, "bin/giamngheo.js"), "check", "/nonexistent.xlsx"],
      { encoding: "utf8" }
    );
    expect(bad.status).toBe(2);
    expect(lines(bad.stderr)).toHaveLength(1);
    expect(bad.stdout).toBe("");
  }
);
