/** Build the production pane once into a temp folder (never touching dist/), for the safety checks. */
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "../..");

export async function buildProductionInto(): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "giamngheo-prod-"));
  const webpack = path.join(ROOT, "node_modules/webpack/bin/webpack.js");
  const log: string[] = [];
  const code = await new Promise<number>((resolve) => {
    const p = spawn(process.execPath, [webpack, "--mode", "production", "--output-path", out], {
      cwd: ROOT,
    });
    p.stdout.on("data", (d: Buffer) => log.push(d.toString()));
    p.stderr.on("data", (d: Buffer) => log.push(d.toString()));
    p.on("close", (c) => resolve(c ?? -1));
  });
  if (code !== 0)
    throw new Error(`webpack --mode production failed:\n${log.join("").slice(-3000)}`);
  return out;
}

export function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p) : [p];
  });
}
