/** `giamngheo selftest`: the self-test scenarios on the xlsx host, one line each, exit 0 iff all pass. */
import { SCENARIOS } from "../../src/core";
import { expectUnusable, lines, run } from "./harness";

describe("giamngheo selftest", () => {
  it("prints one line per scenario ending in “đạt” and exits 0", async () => {
    const r = await run("selftest");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = lines(r.stdout);
    expect(out[0]).toMatch(/xlsx \(ExcelJS\)/);
    const verdicts = out.filter((l) => /: (đạt|lỗi — .*)$/.test(l));
    expect(verdicts).toHaveLength(SCENARIOS.length);
    expect(verdicts.every((l) => l.endsWith(": đạt"))).toBe(true);
    expect(verdicts.length).toBeGreaterThanOrEqual(6);
  });

  it("speaks English with --lang en", async () => {
    const r = await run("selftest", "--lang", "en");
    expect(r.code).toBe(0);
    expect(lines(r.stdout).filter((l) => l.endsWith(": passed"))).toHaveLength(SCENARIOS.length);
  });

  it("--json prints the host, its version and every scenario, the undo scenarios of issue 15 passing", async () => {
    const r = await run("selftest", "--json");
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout) as {
      host: string;
      version: string;
      scenarios: { id: string; title: string; passed: boolean; error?: string }[];
    };
    expect(body.host).toBe("xlsx (ExcelJS)");
    expect(typeof body.version).toBe("string");
    expect(body.scenarios.map((s) => s.id)).toEqual([...SCENARIOS]);
    for (const id of [
      "undo-keeps-later-edit",
      "undo-after-row-insert",
      "undo-after-rename",
      "undo-edited-generated-sheet",
      "undo-in-excel-table",
    ])
      expect(body.scenarios.find((s) => s.id === id)).toMatchObject({ passed: true });
    expect(body.scenarios.every((s) => s.title.length > 0 && s.error === undefined)).toBe(true);
  });

  it("takes no file", async () => {
    expectUnusable(await run("selftest", "x.xlsx"));
  });
});
