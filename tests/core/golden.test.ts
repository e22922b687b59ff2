/**
 * Golden tables (STYLE.md): every tests/fixtures/<case>.input.json is run through the engine and compared with
 * <case>.expected.json; error.<case> inputs must fail detection. Regenerate an expected file only after checking it
 * by hand: GOLDEN_WRITE=1 npx jest src/core/__tests__/golden
 */
import * as fs from "fs";
import * as path from "path";
import { buildGrid, formatRange } from "./helpers/buildGrid";
import type { GridOptions } from "./helpers/buildGrid";
import { detectTables, readTable, tableToJson, validateTable } from "../../src/core";
import type { RawValue } from "../../src/core";

const DIR = path.join(__dirname, "../fixtures");
type Input = {
  rows: RawValue[][];
  sheet?: string;
  at?: string;
  merges?: string[];
  formats?: Record<string, string>;
  target?: number;
};

function runCase(input: Input): unknown {
  const formats: Record<string, string> = {};
  for (const [range, f] of Object.entries(input.formats ?? {}))
    Object.assign(formats, formatRange(range, f));
  const options: GridOptions = {
    ...(input.sheet ? { sheet: input.sheet } : {}),
    ...(input.at ? { at: input.at } : {}),
    merges: input.merges ?? [],
    formats,
  };
  const result = detectTables(buildGrid(input.rows, options));
  if (!result.ok) return { ok: false, reason: result.reason };
  const grid = buildGrid(input.rows, options);
  const opts = input.target === undefined ? {} : { target: input.target };
  return {
    ok: true,
    tables: result.tables.map((layout) => {
      const data = readTable(grid, layout);
      return {
        ...tableToJson(data, validateTable(data, opts), "vi"),
        confidence: layout.confidence,
        rateStorage: data.rateStorage,
      };
    }),
  };
}

const cases = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith(".input.json"))
  .map((f) => f.replace(/\.input\.json$/, ""));

describe("golden tables", () => {
  it("has cases", () => expect(cases.length).toBeGreaterThan(0));

  it.each(cases)("%s", (name) => {
    const input = JSON.parse(
      fs.readFileSync(path.join(DIR, `${name}.input.json`), "utf8")
    ) as Input;
    const actual = JSON.parse(JSON.stringify(runCase(input))) as { ok: boolean };
    const expectedFile = path.join(DIR, `${name}.expected.json`);
    if (process.env.GOLDEN_WRITE === "1")
      fs.writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual.ok).toBe(!name.startsWith("error."));
    expect(actual).toEqual(JSON.parse(fs.readFileSync(expectedFile, "utf8")));
  });
});
