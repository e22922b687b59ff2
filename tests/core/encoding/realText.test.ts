/**
 * Legacy-text recognition on real Vietnamese: every line of the two real plans, as one cell each. As Unicode
 * nothing may be decoded; written in TCVN3 or VNI (fonts lost, so by statistics alone) every line must come back
 * exactly. Also English and Latin-1 text that is not Vietnamese.
 */
import * as fs from "fs";
import { decodeLegacyGrid, encodeTcvn3, encodeVni } from "../../../src/core";
import type { Grid } from "../../../src/core";
import { PLAN_TEXTS } from "../../paths";

const LINES = PLAN_TEXTS.flatMap((f) => fs.readFileSync(f, "utf8").split(/\r?\n/))
  .map((l) => l.replace(/\s+/g, " ").trim())
  .filter((l) => l !== "");

function column(texts: readonly string[]): Grid {
  return {
    sheet: "S",
    top: 1,
    left: 1,
    values: texts.map((t) => [t]),
    formulas: texts.map(() => [null]),
    numberFormats: texts.map(() => ["General"]),
    merges: [],
  };
}

/** Windows-1252 can hold the text (what a legacy cell can hold at all). */
const singleByte = (t: string): boolean => !/[^\t -\u00ff]/.test(t);

test("the plans give enough real text to judge", () => {
  expect(LINES.length).toBeGreaterThan(300);
  // lines a TCVN3 reading could touch at all: Latin-1 only, with some non-ASCII letter
  expect(LINES.filter((l) => singleByte(l) && /[\u0080-\u00ff]/.test(l)).length).toBeGreaterThan(
    10
  );
});

test("Unicode plans: nothing is read as legacy text, as a whole or line by line", () => {
  expect(decodeLegacyGrid(column(LINES)).cells).toEqual([]);
  const latin1Only = LINES.filter((l) => singleByte(l));
  expect(decodeLegacyGrid(column(latin1Only)).cells).toEqual([]);
  for (const l of LINES) expect(decodeLegacyGrid(column([l])).cells).toEqual([]);
});

test("English, numbers and Latin-1 text that is not Vietnamese are left alone", () => {
  const texts = [
    "Total number of households",
    "Poverty rate (%)",
    "1.234,56",
    "Café, crème brûlée, façade, naïve, Müller, Ørsted, Ålesund, señor, São Paulo",
    "Grüße aus Köln; déjà vu; piñata",
    "© 2024 — “quoted” – dash … ellipsis",
    "Tên thôn",
    "Ông Bà Cô Dì",
    "Là và có",
  ];
  expect(decodeLegacyGrid(column(texts)).cells).toEqual([]);
});

test.each([
  ["tcvn3", encodeTcvn3],
  ["vni", encodeVni],
] as const)("the plans written in %s are recognised and read back exactly", (encoding, encode) => {
  const pairs = LINES.map((l) => [l, encode(l)] as const).filter(
    (p): p is readonly [string, string] => p[1] !== null
  );
  // TCVN3 cannot write a toned capital in a mixed-case line without the uppercase font
  expect(pairs.length).toBeGreaterThan(LINES.length * (encoding === "vni" ? 0.99 : 0.6));
  const r = decodeLegacyGrid(column(pairs.map((p) => p[1])));
  expect(r.encoding).toBe(encoding);
  const wrong = pairs.filter(([line], i) => r.grid.values[i]?.[0] !== line);
  expect(wrong).toEqual([]);
});
