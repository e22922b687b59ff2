/** fast-check arbitraries for arbitrary write plans: random cells, text/formula/number/format/style writes, new sheets. */
import fc from "fast-check";
import type {
  CellStyle,
  CellWrite,
  PlanCell,
  RangeRef,
  Scalar,
  SheetPlan,
  WritePlan,
} from "../../src/core";

export const INJECTION_TEXTS = [
  '=HYPERLINK("http://evil","x")',
  "+1",
  "-2",
  "@SUM(A1)",
  "=cmd|' /C calc'!A0",
] as const;

const scalar: fc.Arbitrary<Scalar> = fc.oneof(
  fc.integer({ min: -1000, max: 100_000 }),
  fc
    .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
    .map((x) => Math.round(x * 100) / 100),
  fc.string({ maxLength: 12 }),
  fc.constantFrom<Scalar>(...INJECTION_TEXTS, "4,39", " 98 ", "Thôn Mới", "Tổng:"),
  fc.boolean(),
  fc.constant(null)
);

const formula: fc.Arbitrary<PlanCell> = fc.record({
  formula: fc.constantFrom(
    "=1+2",
    "=SUM(A1:B2)",
    "=ROUND(E9/D9*100,2)",
    '="x"&A1',
    "=IF(D8>0,E8/D8*100,0)"
  ),
  result: fc.oneof(fc.integer({ min: 0, max: 500 }), fc.constant("x")),
});

const planCell: fc.Arbitrary<PlanCell> = fc.oneof(
  { weight: 3, arbitrary: scalar.map((value): PlanCell => ({ value })) },
  { weight: 1, arbitrary: formula }
);

const numberFormat = fc.constantFrom("General", "0.00", "0.00%", "@", "#,##0", "dd/mm/yyyy", "0");

const style: fc.Arbitrary<CellStyle> = fc.record(
  {
    bold: fc.boolean(),
    italic: fc.boolean(),
    fill: fc.constantFrom("#FFEB9C", "#C6EFCE", "#FFFFFF"),
    horizontal: fc.constantFrom("left" as const, "center" as const, "right" as const),
    wrap: fc.boolean(),
    border: fc.boolean(),
  },
  { requiredKeys: [] }
);

const write = (maxRow: number, maxCol: number): fc.Arbitrary<CellWrite> =>
  fc
    .record(
      {
        row: fc.integer({ min: 1, max: maxRow }),
        col: fc.integer({ min: 1, max: maxCol }),
        cell: planCell,
        numberFormat,
        style,
      },
      { requiredKeys: ["row", "col"] }
    )
    .filter((w) => w.cell !== undefined || w.numberFormat !== undefined || w.style !== undefined);

const merge: fc.Arbitrary<RangeRef> = fc
  .record({
    top: fc.integer({ min: 1, max: 20 }),
    left: fc.integer({ min: 1, max: 8 }),
    h: fc.nat(2),
    w: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));

/**
 * A recipe for a plan: which sheet (an index into the sheets that exist when it is applied, or a new sheet) and
 * what to write. Merges only go on new sheets (as the summary builder does), and no write lands inside a merge
 * except on its top-left cell.
 */
export type PlanRecipe = {
  readonly target: number | "new";
  readonly writes: readonly CellWrite[];
  readonly merges: readonly RangeRef[];
};

export const planRecipe: fc.Arbitrary<PlanRecipe> = fc.record({
  target: fc.oneof(
    { weight: 3, arbitrary: fc.nat(5) },
    { weight: 1, arbitrary: fc.constant("new" as const) }
  ),
  writes: fc.array(write(30, 12), { minLength: 1, maxLength: 25 }),
  merges: fc.array(merge, { maxLength: 2 }),
});

const inside = (m: RangeRef, row: number, col: number): boolean =>
  row >= m.top && row <= m.bottom && col >= m.left && col <= m.right;

export function planFromRecipe(
  recipe: PlanRecipe,
  sheets: readonly string[],
  newName: string
): WritePlan {
  const create = recipe.target === "new";
  const sheet = create ? newName : sheets[(recipe.target as number) % sheets.length]!;
  const merges: RangeRef[] = [];
  if (create)
    for (const m of recipe.merges) if (!merges.some((o) => overlaps(o, m))) merges.push(m);
  const writes = recipe.writes.filter(
    (w) => !merges.some((m) => inside(m, w.row, w.col) && !(w.row === m.top && w.col === m.left))
  );
  const sp: SheetPlan = create ? { sheet, create: true, writes, merges } : { sheet, writes };
  return { action: "random", sheets: [sp] };
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
