import { loadXlsxGrid } from "../../../tests/core/helpers/loadXlsxGrid";
import { CLEAN_WORKBOOK } from "../../../tests/paths";
import { detectTables } from "../detect/detectTables";
import type { Grid } from "../model/grid";
import { readTable } from "../read/readTable";
import { validateTable } from "../validate/validateTable";
import { decodeLegacyGrid } from "./decodeLegacyGrid";
import { encodeTcvn3 } from "./legacyCodec";

/** The grid with every text cell of the rows `where` picks written in TCVN3, in .VnTime when `font`. */
function inTcvn3(grid: Grid, where: (row: number) => boolean = () => true, font = false): Grid {
  const picked = (i: number, v: unknown): boolean =>
    typeof v === "string" && where(grid.top + i) && encodeTcvn3(v) !== null;
  const values = grid.values.map((r, i) =>
    r.map((v) => (picked(i, v) ? (encodeTcvn3(v as string) as string) : v))
  );
  const fontNames = grid.values.map((r, i) =>
    r.map((v) => (font && picked(i, v) ? ".VnTime" : null))
  );
  return { ...grid, values, ...(font ? { fontNames } : {}) };
}

function check(grid: Grid) {
  const detected = detectTables(grid);
  if (!detected.ok) throw new Error(detected.reason);
  return detected.tables.map((layout) => {
    const data = readTable(grid, layout);
    return { layout, data, issues: validateTable(data) };
  });
}

describe("LEGACY_ENCODING", () => {
  let seed: Grid;
  beforeAll(async () => {
    seed = await loadXlsxGrid(CLEAN_WORKBOOK);
  });

  it("is reported once, at the first decoded header cell, and the table reads as the seed does", () => {
    const { grid, cells } = decodeLegacyGrid(inTcvn3(seed));
    const [table] = check(grid);
    const [expected] = check(seed);
    expect(table?.layout).toEqual(expected?.layout);
    expect(table?.data.units).toEqual(expected?.data.units);
    expect(table?.issues).toEqual([
      expect.objectContaining({
        code: "LEGACY_ENCODING",
        severity: "warning",
        cell: "B5",
        role: "unit",
        actual: "Th«n",
        params: expect.objectContaining({ encoding: "TCVN3 (ABC)", decoded: "Thôn" }),
      }),
    ]);
    const inTable = cells.filter((c) => c.row >= 5);
    expect(table?.data.legacyText?.cells).toBe(inTable.length);
  });

  it("is not reported for Unicode text, nor for legacy text outside the table", () => {
    expect(check(decodeLegacyGrid(seed).grid)[0]?.issues).toEqual([]);
    // without its font, one legacy title on a sheet of Unicode text ("Làng" would read "LỔng") is left as it is
    expect(decodeLegacyGrid(inTcvn3(seed, (row) => row < 5)).cells).toEqual([]);
    const titlesOnly = decodeLegacyGrid(inTcvn3(seed, (row) => row < 5, true));
    expect(titlesOnly.cells.length).toBeGreaterThan(0);
    expect(check(titlesOnly.grid)[0]?.issues).toEqual([]);
  });
});
