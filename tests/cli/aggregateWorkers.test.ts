/**
 * The built CLI reads commune files in worker threads (`--jobs N`): the report is the same as reading them one after
 * the other, whichever worker finishes first. Needs `npm run build:cli` (skipped otherwise, as bin.test.ts is).
 */
import * as fs from "fs";
import * as path from "path";
import { cliProcess, hasBuiltCli, tempDir } from "./harness";
import { writeCommuneSet } from "../province/communeSet";

(hasBuiltCli() ? test : test.skip)(
  "--jobs 3 gives the same report and the same sheets as --jobs 1",
  async () => {
    const dir = tempDir();
    await writeCommuneSet(dir, 10, 7);
    const outDir = tempDir();
    const one = cliProcess([
      "aggregate",
      dir,
      "-o",
      path.join(outDir, "1.xlsx"),
      "--json",
      "--jobs",
      "1",
    ]);
    const three = cliProcess([
      "aggregate",
      dir,
      "-o",
      path.join(outDir, "3.xlsx"),
      "--json",
      "--jobs",
      "3",
    ]);
    expect(one.stderr).toBe("");
    expect(three.stderr).toBe("");
    expect(three.code).toBe(one.code);
    expect(JSON.parse(three.stdout)).toEqual(JSON.parse(one.stdout));
    expect(JSON.parse(one.stdout).communes.map((c: { status: string }) => c.status)).toContain(
      "unreadable"
    );
    expect(fs.statSync(path.join(outDir, "3.xlsx")).size).toBeGreaterThan(0);
  },
  180_000
);
