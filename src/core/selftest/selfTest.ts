import { selfTestMessages } from "../messages/selftest";
import { translator, type Lang } from "../messages/define";
import type { HostInfo, WorkbookHost } from "../model/host";
import { isHostError } from "../model/hostError";
import type { CellWrite, WritePlan } from "../model/plan";
import { at, expectThat, Mismatch } from "./checks";
import { UNDO_SCENARIOS, undoScenarios } from "./undoScenarios";

/** The host contract scenarios, in the order they run (DESIGN.md "Self-test"). */
export const SCENARIOS = [
  "read",
  "write",
  "undo",
  "highlight",
  "select",
  "merges",
  "table",
  "marker",
  ...UNDO_SCENARIOS,
  "cleanup",
] as const;
export type ScenarioId = (typeof SCENARIOS)[number];

export type ScenarioResult = {
  readonly id: ScenarioId;
  readonly ok: boolean;
  /** Why it failed (the host's own words when it raised a HostError). */
  readonly error?: string;
};

export type SelfTestReport = {
  readonly info: HostInfo | null;
  readonly results: readonly ScenarioResult[];
};

/** The temporary sheet's name (a suffix when a sheet of that name exists). */
export const SELFTEST_SHEET = "giamngheo_tu_kiem_tra";
export const SELFTEST_MARKER = "selftest";

const t = translator(selfTestMessages);

const cell = (row: number, col: number, value: string | number): CellWrite => ({
  row,
  col,
  cell: { value },
});

/** Rows of the sample table: header in row 3, three villages, Excel Table over A3:C6. */
const VILLAGES: readonly (readonly [string, number, number])[] = [
  ["Thôn 1", 120, 2.5],
  ["Thôn 2", 98, 3.06],
  ["Thôn 3", 150, 1.33],
];

function setupPlan(sheet: string, lang: Lang): WritePlan {
  const writes: CellWrite[] = [
    cell(1, 1, t(lang, "sheetTitle")),
    cell(3, 1, "Thôn"),
    cell(3, 2, "Số hộ"),
    cell(3, 3, "Tỷ lệ (%)"),
    { row: 2, col: 5, cell: { value: 7 }, style: { fill: "#C6EFCE" } },
  ];
  VILLAGES.forEach(([name, households, rate], i) => {
    writes.push(cell(4 + i, 1, name), cell(4 + i, 2, households));
    writes.push({ row: 4 + i, col: 3, cell: { value: rate }, numberFormat: "0.00" });
  });
  return {
    action: "selftest",
    sheets: [
      {
        sheet,
        create: true,
        marker: SELFTEST_MARKER,
        writes,
        merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
        tables: [{ range: { top: 3, left: 1, bottom: 6, right: 3 } }],
      },
    ],
  };
}

function describeError(e: unknown, lang: Lang): string {
  if (isHostError(e)) return e.toMessage(lang);
  return e instanceof Error ? e.message : String(e);
}

/**
 * Run the host contract scenarios on a temporary sheet of the open workbook, then remove it (by undoing the
 * self-test's own steps only: the officer's undo history is left as it was). Never throws: every failure is a
 * scenario result. Works on any WorkbookHost (Excel, the preview's and the CLI's xlsx host).
 * @example const report = await runSelfTest(host, "vi"); formatSelfTest(report, "vi")
 */
export async function runSelfTest(host: WorkbookHost, lang: Lang = "vi"): Promise<SelfTestReport> {
  let info: HostInfo | null = null;
  try {
    info = host.describe ? await host.describe() : null;
  } catch {
    info = null;
  }
  const results: ScenarioResult[] = [];
  const depth = host.undoDepth();
  const existing = await host.listSheets().catch(() => [] as readonly string[]);
  let sheet = SELFTEST_SHEET;
  for (let n = 2; existing.some((s) => s.toLowerCase() === sheet.toLowerCase()); n++)
    sheet = `${SELFTEST_SHEET}_${n}`;

  let setupError: string | null = null;
  try {
    await host.apply(setupPlan(sheet, lang));
  } catch (e) {
    setupError = describeError(e, lang);
  }

  const scenario = async (id: ScenarioId, body: () => Promise<void>): Promise<void> => {
    if (setupError !== null && id !== "cleanup") {
      results.push({ id, ok: false, error: setupError });
      return;
    }
    try {
      await body();
      results.push({ id, ok: true });
    } catch (e) {
      results.push({ id, ok: false, error: describeError(e, lang) });
    }
  };

  await scenario("read", async () => {
    const g = await host.readGrid(sheet);
    expectThat(at(g, "A4").value === "Thôn 1", "A4", lang);
    expectThat(at(g, "B5").value === 98, "B5", lang);
    expectThat(at(g, "C6").value === 1.33 && at(g, "C6").format === "0.00", "C6", lang);
  });

  await scenario("write", async () => {
    await host.apply({
      action: "selftest",
      sheets: [
        {
          sheet,
          writes: [
            { row: 8, col: 1, cell: { value: '=HYPERLINK("x")' } },
            { row: 8, col: 2, cell: { value: "98" } },
            { row: 8, col: 3, cell: { formula: "=B4+B5", result: 218 } },
          ],
        },
      ],
    });
    const g = await host.readGrid(sheet);
    expectThat(at(g, "A8").value === '=HYPERLINK("x")' && at(g, "A8").formula === null, "A8", lang);
    expectThat(at(g, "B8").value === "98", "B8", lang);
    expectThat(at(g, "C8").formula === "=B4+B5", "C8", lang);
  });

  await scenario("undo", async () => {
    const before = host.undoDepth();
    const undone = await host.undo();
    expectThat(undone.status === "done" && undone.restored.length === 3, "undo", lang);
    expectThat(host.undoDepth() === before - 1, "undoDepth", lang);
    const g = await host.readGrid(sheet);
    expectThat(at(g, "A8").value === null && at(g, "C8").formula === null, "A8:C8", lang);
    expectThat(at(g, "A4").value === "Thôn 1", "A4", lang);
  });

  await scenario("highlight", async () => {
    const before = await host.readGrid(sheet);
    const cells = ["E2", "B5"];
    const fills = host.cellFills ? await host.cellFills(sheet, cells) : null;
    await host.highlight(sheet, cells);
    // Excel: the cells' own fills are untouched while highlighted (a conditional format lies over them); every
    // host: they are back after clearHighlight (the xlsx host paints real fills and restores them).
    if (host.cellFills && fills && host.kind === "excel") {
      const during = await host.cellFills(sheet, cells);
      expectThat(JSON.stringify(during) === JSON.stringify(fills), "E2", lang);
    }
    await host.clearHighlight();
    const after = await host.readGrid(sheet);
    expectThat(JSON.stringify(after.values) === JSON.stringify(before.values), "E2", lang);
    if (host.cellFills && fills) {
      const restored = await host.cellFills(sheet, cells);
      expectThat(JSON.stringify(restored) === JSON.stringify(fills), "E2", lang);
      expectThat(fills[0] === "#C6EFCE", "E2", lang);
    }
  });

  await scenario("select", async () => {
    await host.selectCell(sheet, "B5");
    expectThat((await host.activeSheet()) === sheet, "B5", lang);
  });

  await scenario("merges", async () => {
    const g = await host.readGrid(sheet);
    const m = g.merges.find((r) => r.top === 1 && r.left === 1);
    expectThat(m !== undefined && m.right === 3 && m.bottom === 1, "A1:C1", lang);
  });

  await scenario("table", async () => {
    const g = await host.readGrid(sheet);
    const table = g.tables?.find((x) => x.range.top === 3 && x.range.left === 1);
    expectThat(
      table !== undefined && table.range.bottom === 6 && table.range.right === 3,
      "A3:C6",
      lang
    );
    await host.apply({
      action: "selftest",
      sheets: [
        {
          sheet,
          writes: [{ row: 5, col: 3, cell: { formula: "=ROUND(3/B5*100,2)", result: 3.06 } }],
        },
      ],
    });
    const after = await host.readGrid(sheet);
    // Excel would fill a formula down the whole table column: the other rows must keep their values.
    expectThat(at(after, "C4").value === 2.5 && at(after, "C6").value === 1.33, "C4, C6", lang);
    expectThat(at(after, "C5").value === 3.06, "C5", lang);
    await host.undo();
    expectThat(at(await host.readGrid(sheet), "C5").value === 3.06, "C5", lang);
  });

  await scenario("marker", async () => {
    const g = await host.readGrid(sheet);
    expectThat(g.generated === SELFTEST_MARKER, sheet, lang);
    if (host.probeWorkbook) {
      const probe = await host.probeWorkbook({ headRows: 5, headCols: 5 });
      const mine = probe.sheets.find((s) => s.name === sheet);
      expectThat(mine?.generated === SELFTEST_MARKER, sheet, lang);
    }
  });

  for (const [id, body] of undoScenarios(host, sheet, lang)) await scenario(id, body);

  await scenario("cleanup", async () => {
    await host.clearHighlight();
    while (host.undoDepth() > depth) {
      // The self-test's own sheet: deleting it needs no question.
      if ((await host.undo({ confirm: true })).status === "nothing") break;
    }
    const left = await host.listSheets();
    if (left.includes(sheet)) throw new Mismatch(t(lang, "stillThere", { sheet }));
  });

  return { info, results };
}

/** The report as lines: where it ran, the API sets, one line per scenario ending in "đạt" or the error. */
export function formatSelfTest(report: SelfTestReport, lang: Lang): string[] {
  const lines: string[] = [];
  const info = report.info;
  if (info) {
    lines.push(
      t(lang, "header", { host: info.host, platform: info.platform, version: info.version })
    );
    lines.push(
      info.requirementSets.length > 0
        ? t(lang, "requirementSets", { sets: info.requirementSets.join(", ") })
        : t(lang, "noRequirementSets")
    );
  }
  for (const r of report.results) {
    const name = t(lang, r.id);
    lines.push(
      r.ok ? t(lang, "passed", { name }) : t(lang, "failed", { name, detail: r.error ?? "" })
    );
  }
  const passed = report.results.filter((r) => r.ok).length;
  lines.push(t(lang, "summary", { passed, total: report.results.length }));
  return lines;
}

export function selfTestPassed(report: SelfTestReport): boolean {
  return report.results.length > 0 && report.results.every((r) => r.ok);
}

/** `giamngheo selftest --json`: where it ran and each scenario with its title, passed or not, and the error. */
export type SelfTestJson = {
  readonly host: string;
  readonly version: string;
  readonly scenarios: readonly {
    readonly id: ScenarioId;
    readonly title: string;
    readonly passed: boolean;
    readonly error?: string;
  }[];
};

export function selfTestToJson(report: SelfTestReport, lang: Lang): SelfTestJson {
  return {
    host: report.info?.host ?? "",
    version: report.info?.version ?? "",
    scenarios: report.results.map((r) => ({
      id: r.id,
      title: t(lang, r.id),
      passed: r.ok,
      ...(r.error !== undefined ? { error: r.error } : {}),
    })),
  };
}
