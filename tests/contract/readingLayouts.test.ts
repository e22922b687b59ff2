/**
 * The layouts of DESIGN.md's "Readings the contract fixes" (tests/corpus/readingLayouts.ts, and the plain fractions of
 * layoutCatalog.ts) through both hosts — the xlsx host and ExcelHost over the strict Excel fake (whose number formats
 * are as written, as Office.js gives them) — read from the same bytes: the same tables and exactly the expected issues.
 */
import { LAYOUTS } from "../corpus/layoutCatalog";
import { READING_LAYOUTS } from "../corpus/readingLayouts";
import { buildLayout } from "../corpus/layouts";
import { readLayoutWorkbook } from "../corpus/readLayout";
import { toXlsxBuffer } from "../corpus/writeXlsx";
import { excelLeg, xlsxLeg } from "./workbooks";
import type { Leg } from "./workbooks";

const LEGS: readonly Leg[] = [excelLeg, xlsxLeg];
const CASES = [
  ...READING_LAYOUTS,
  ...LAYOUTS.filter((l) => l.name === "rates as plain fractions, no % format"),
];

describe.each(LEGS)("reading layouts: $name", (leg) => {
  it.each(CASES.map((l) => [l.name, l] as const))("%s", async (_, layout) => {
    const built = buildLayout(layout);
    const { host } = await leg.open(new Uint8Array(await toXlsxBuffer(built.spec)));
    const { found, issues } = await readLayoutWorkbook(host);
    expect(found).toEqual(built.tables);
    expect(issues).toEqual(layout.issues ?? []);
  });
});
