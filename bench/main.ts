/**
 * `npm run bench`: engine, roster, Excel round trips, bundle size and pane start-up, printed as one table and
 * written to bench/results.json. A MISS is reported, never fatal: the bench exits 0 unless a section crashed.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { benchAggregate } from "./aggregate";
import { benchBundle, buildProduction, ROOT } from "./bundle";
import { benchEngine } from "./engine";
import { benchInteractive } from "./interactive";
import { benchLegacy } from "./legacy";
import { benchRoster } from "./roster";
import { benchStartup } from "./startup";
import { benchSyncs } from "./syncs";
import { ratioOf, renderTable, statusOf, type Row } from "./report";

type Section = { readonly name: string; readonly run: () => Row[] | Promise<Row[]> };

async function main(): Promise<number> {
  const skipBrowser = process.argv.includes("--no-browser");
  let build: ReturnType<typeof buildProduction> | null = null;
  const sections: Section[] = [
    { name: "engine", run: benchEngine },
    { name: "legacy", run: benchLegacy },
    { name: "roster", run: benchRoster },
    { name: "syncs", run: benchSyncs },
    { name: "startup", run: benchStartup },
    { name: "province", run: benchAggregate },
    {
      name: "bundle",
      run: () => {
        build = buildProduction();
        return benchBundle(build);
      },
    },
  ];
  if (!skipBrowser) sections.push({ name: "pane", run: () => benchInteractive() });

  const rows: Row[] = [];
  let crashed = 0;
  for (const s of sections) {
    process.stderr.write(`bench: ${s.name}…\n`);
    try {
      rows.push(...(await s.run()));
    } catch (e) {
      crashed++;
      rows.push({
        group: s.name,
        name: "section crashed",
        value: null,
        unit: "",
        note: e instanceof Error ? e.message : String(e),
      });
    }
  }
  process.stdout.write(`${renderTable(rows)}\n`);
  const withTarget = rows.filter((r) => r.target);
  const miss = withTarget.filter((r) => statusOf(r) !== "PASS").length;
  process.stdout.write(
    `\n${withTarget.length - miss} of ${withTarget.length} targets met (MISS is reported, not fatal)\n`
  );
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? "", node: process.version },
    webpackBuildMs: (build as ReturnType<typeof buildProduction> | null)?.ms ?? null,
    rows: rows.map((r) => ({ ...r, ofTarget: ratioOf(r), status: statusOf(r) })),
  };
  fs.writeFileSync(path.join(ROOT, "bench/results.json"), `${JSON.stringify(result, null, 2)}\n`);
  return crashed === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
);
