/**
 * Officer text is never written as a formula. Units are named like formula-injection payloads; every plan builder
 * the engine exposes (fix all, fix one issue, allocate, summary, deprivation, roster counts) must put such a name
 * in as a `{ value }` text cell or as a plain reference to the original cell — never inside a formula.
 * The plans are then applied on both hosts and read back: no cell may hold a formula carrying the text.
 */
import {
  allocateTarget,
  buildAllocationPlan,
  buildDeprivationPlan,
  buildFixPlan,
  buildIssueFix,
  buildSummaryPlan,
  detectTables,
  readTable,
  validateTable,
  ND07_2021,
  type TableData,
  type WorkbookHost,
  type WritePlan,
} from "../../src/core";
import { ExcelHost } from "../../src/excel/ExcelHost";
import { FakeExcel } from "../excelFake/FakeExcel";
import { XlsxHost } from "../../src/xlsx/XlsxHost";
import {
  buildAppendix,
  FIRST_DATA_ROW,
  toGrid,
  withCells,
  type WorkbookSpec,
} from "../corpus/appendix";
import { toFakeSpecs } from "../corpus/toFakeSpecs";
import { toXlsxBuffer } from "../corpus/writeXlsx";
import { INJECTION_TEXTS } from "../undo/randomPlan";

/** A plain reference to one cell, possibly on another sheet: `='Phụ lục'!B8`, `=B8`, `=$B$8`. */
const PLAIN_REFERENCE = /^=(?:(?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!)?\$?[A-Z]{1,3}\$?\d+$/;

const NAMES = [...INJECTION_TEXTS, "Thôn =1+1", '="a"&"b"'];

/** Appendix whose units carry the payload names, with a wrong rate and a count typed as text to fix. */
function injectedWorkbook(): WorkbookSpec {
  const base = buildAppendix({ units: NAMES.length, seed: 31, unitName: (i) => NAMES[i]! });
  const v = base.sheets[0]!.values;
  return withCells(base, [
    {
      row: FIRST_DATA_ROW,
      col: 6,
      value: (v[FIRST_DATA_ROW - 1]![5] as number) + 3,
      numberFormat: "0.00",
    },
    { row: FIRST_DATA_ROW + 1, col: 4, value: String(v[FIRST_DATA_ROW]![3]) },
  ]);
}

function tableOf(spec: WorkbookSpec): TableData {
  const grid = toGrid(spec.sheets[0]!);
  const detected = detectTables(grid);
  if (!detected.ok) throw new Error(`no table: ${detected.reason}`);
  return readTable(grid, detected.tables[0]!);
}

function allPlans(data: TableData, sheets: readonly string[]): { name: string; plan: WritePlan }[] {
  const plans: { name: string; plan: WritePlan }[] = [];
  for (const formulas of [false, true]) {
    plans.push({ name: `fix all (formulas ${formulas})`, plan: buildFixPlan(data, { formulas }) });
    for (const issue of validateTable(data)) {
      const p = buildIssueFix(data, issue, { formulas });
      if (p)
        plans.push({ name: `fix ${issue.code} ${issue.cell} (formulas ${formulas})`, plan: p });
    }
    for (const method of ["proportional", "highest-rate"] as const) {
      const r = allocateTarget(data, 3, method);
      if (!r.ok) throw new Error(`allocation failed: ${r.reason}`);
      plans.push({
        name: `allocate ${method} (formulas ${formulas})`,
        plan: buildAllocationPlan(data, r.cuts, { formulas }),
      });
    }
  }
  const summary = buildSummaryPlan(data, { existingSheets: sheets, year: 2024 });
  if (!summary.ok)
    throw new Error(`summary refused: ${summary.issues.map((i) => i.code).join(", ")}`);
  plans.push({ name: "summary", plan: summary.value.plan });
  const counts = new Map(
    data.units.map((u, i) => [u.name, ND07_2021.indicators.map((_, j) => (i + j) % 4)])
  );
  const deprivation = buildDeprivationPlan(data, ND07_2021, {
    existingSheets: [...sheets, summary.value.sheet],
    counts,
  });
  if (!deprivation.ok)
    throw new Error(`deprivation refused: ${deprivation.issues.map((i) => i.code).join(", ")}`);
  plans.push({ name: "deprivation", plan: deprivation.value.plan });
  return plans;
}

const carriesName = (formula: string): string | undefined =>
  NAMES.find((n) => formula.includes(n) || formula.includes(n.replace(/"/g, '""')));

describe("plans never turn a unit name into a formula", () => {
  const data = tableOf(injectedWorkbook());
  const plans = allPlans(data, ["Phụ lục"]);

  it("the table reads every payload as a unit name", () => {
    expect(data.units.map((u) => u.name)).toEqual(NAMES);
  });

  it("every plan builder is covered", () => {
    const kinds = new Set(plans.map((p) => p.name.split(" ")[0]));
    expect([...kinds].sort()).toEqual(["allocate", "deprivation", "fix", "summary"]);
    expect(plans.some((p) => p.name.startsWith("fix NUMBER_AS_TEXT"))).toBe(true);
    expect(plans.some((p) => p.name.startsWith("fix RATE_MISMATCH"))).toBe(true);
  });

  it.each(plans.map((p) => [p.name, p.plan] as const))("%s", (_name, plan) => {
    const bad: string[] = [];
    for (const sp of plan.sheets) {
      for (const w of sp.writes) {
        if (!w.cell || !("formula" in w.cell)) continue;
        const name = carriesName(w.cell.formula);
        if (name !== undefined) bad.push(`${sp.sheet}!R${w.row}C${w.col}: ${w.cell.formula}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("the summary and deprivation sheets show every name, as text or a plain reference", () => {
    for (const p of plans.filter((x) => x.name === "summary" || x.name === "deprivation")) {
      const shown = new Set<string>();
      for (const sp of p.plan.sheets) {
        for (const w of sp.writes) {
          if (!w.cell) continue;
          if ("value" in w.cell && typeof w.cell.value === "string" && NAMES.includes(w.cell.value))
            shown.add(w.cell.value);
          if (
            "formula" in w.cell &&
            PLAIN_REFERENCE.test(w.cell.formula) &&
            typeof w.cell.result === "string"
          ) {
            if (NAMES.includes(w.cell.result)) shown.add(w.cell.result);
          }
        }
      }
      expect({ plan: p.name, shown: [...shown].sort() }).toEqual({
        plan: p.name,
        shown: [...NAMES].sort(),
      });
    }
  });
});

describe.each([
  {
    name: "XlsxHost",
    make: async (spec: WorkbookSpec): Promise<WorkbookHost> =>
      XlsxHost.fromBuffer(await toXlsxBuffer(spec)),
  },
  {
    name: "ExcelHost over the strict fake",
    make: async (spec: WorkbookSpec): Promise<WorkbookHost> => {
      const fake = FakeExcel.fromSpecs(toFakeSpecs(spec));
      return new ExcelHost({
        run: fake.run,
        requirements: fake.requirements,
        settings: fake.settings,
      });
    },
  },
])("$name writes the names as text", ({ make }) => {
  it("after every plan, no cell holds a formula carrying a name, and names read back as text", async () => {
    const spec = injectedWorkbook();
    const data = tableOf(spec);
    const problems: string[] = [];
    for (const { name, plan } of allPlans(data, ["Phụ lục"])) {
      const host = await make(spec);
      try {
        await host.apply(plan);
      } catch (e) {
        problems.push(`${name}: apply failed: ${e instanceof Error ? e.message : String(e)}`);
        continue;
      }
      for (const sheet of await host.listSheets()) {
        const g = await host.readGrid(sheet);
        g.formulas.forEach((row, i) =>
          row.forEach((f, j) => {
            if (f === null) return;
            const hit = carriesName(f);
            if (hit !== undefined)
              problems.push(`${name}: ${sheet} R${g.top + i}C${g.left + j} holds formula ${f}`);
          })
        );
      }
      // The unit column of the appendix still holds every name as text.
      const g = await host.readGrid("Phụ lục");
      const names = data.units.map(
        (u) => g.values[u.row - g.top]?.[data.layout.columns.unit! - g.left]
      );
      if (JSON.stringify(names) !== JSON.stringify(NAMES))
        problems.push(`${name}: unit names now ${JSON.stringify(names)}`);
    }
    expect(problems).toEqual([]);
  });
});
