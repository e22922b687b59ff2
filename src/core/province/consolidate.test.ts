import type { Issue } from "../model";
import { consolidate } from "./consolidate";
import { consolidationToJson } from "./consolidationToJson";
import type { CommuneCounts, CommuneReading } from "./types";

const counts = (
  households: number,
  poor: number,
  poorCut: number | null,
  extra: Partial<CommuneCounts> = {}
): CommuneCounts => ({
  households,
  population: households * 4,
  poor,
  nearPoor: null,
  poorCut,
  nearPoorCut: null,
  ...extra,
});

const issue: Issue = {
  code: "RATE_MISMATCH",
  severity: "error",
  sheet: "Phụ lục",
  cell: "F9",
  row: 9,
  col: 6,
  role: "poorRate",
  actual: 2.83,
  expected: 2.38,
};

const ok = (file: string, name: string, c: CommuneCounts, errors = 0): CommuneReading => ({
  file,
  readable: true,
  name,
  nameSource: "title",
  table: "Phụ lục!A5:I14",
  units: 6,
  counts: c,
  errors,
  warnings: 0,
  firstIssue: errors > 0 ? issue : null,
});

const unreadable = (file: string): CommuneReading => ({
  file,
  readable: false,
  name: file.replace(".xlsx", ""),
  nameSource: "file",
  problem: { kind: "host", code: "ENCRYPTED_OR_XLS", params: { file } },
});

describe("consolidate", () => {
  test("each status; duplicates by name without case, diacritics or the xã word; the first file is kept", () => {
    const c = consolidate([
      ok("b.xlsx", "xã Yên Hòa", counts(100, 10, 2)),
      ok("a.xlsx", "xã Bình Lương", counts(729, 32, 10), 1),
      unreadable("c.xlsx"),
      ok("d.xlsx", "Binh Luong", counts(5, 5, 5)),
    ]);
    expect(c.lines.map((l) => [l.file, l.status])).toEqual([
      ["b.xlsx", "ok"],
      ["a.xlsx", "errors"],
      ["c.xlsx", "unreadable"],
      ["d.xlsx", "duplicate"],
    ]);
    expect(c.lines[3]?.problem).toEqual({ kind: "duplicate", of: "a.xlsx" });
    expect(c.communes.map((l) => l.name)).toEqual(["xã Bình Lương", "xã Yên Hòa"]);
    expect(c.totals).toEqual(counts(829, 42, 12));
  });

  test("targets in households and rates: a commune whose planned cut differs is one more error", () => {
    const c = consolidate(
      [
        ok("a.xlsx", "xã Bình Lương", counts(729, 32, 10)),
        ok("b.xlsx", "xã Phổ Minh", counts(1441, 60, 16)),
        ok("c.xlsx", "xã Yên Hòa", counts(400, 20, 3)),
        ok("d.xlsx", "xã Ân Phú", counts(300, 9, null)),
      ],
      [
        { name: "BÌNH LƯƠNG", row: 3, input: { kind: "rate", rate: 1.37 } },
        { name: "Phổ Minh", row: 4, input: { kind: "rate", rate: 1.11 } },
        { name: "xã Yên Hòa", row: 5, input: { kind: "households", households: 5 } },
        { name: "Ân Phú", row: 6, input: { kind: "households", households: 2 } },
        { name: "xã Không Có", row: 7, input: { kind: "households", households: 1 } },
      ]
    );
    const byFile = new Map(c.lines.map((l) => [l.file, l]));
    expect(byFile.get("a.xlsx")).toMatchObject({
      status: "ok",
      errors: 0,
      target: { households: 10, mismatch: false },
    });
    expect(byFile.get("b.xlsx")).toMatchObject({
      status: "ok",
      target: { households: 16, rate: 1.11, mismatch: false },
    });
    expect(byFile.get("c.xlsx")).toMatchObject({
      status: "errors",
      errors: 1,
      target: { households: 5, planned: 3, mismatch: true },
      problem: { kind: "target" },
    });
    expect(byFile.get("d.xlsx")).toMatchObject({
      status: "errors",
      target: { planned: null, mismatch: true },
    });
    expect(c.unmatchedTargets.map((t) => t.name)).toEqual(["xã Không Có"]);
    const json = consolidationToJson(c, "vi");
    expect(json.communes.find((x) => x.file === "c.xlsx")).toMatchObject({
      code: "TARGET_MISMATCH",
      target: 5,
      targetMismatch: true,
      reason: expect.stringContaining("5 hộ"),
    });
  });

  test("--json: rates of the sums, optional near-poor fields only when present, nothing for unreadable files", () => {
    const c = consolidate([
      ok("a.xlsx", "xã A", counts(200, 10, 4, { nearPoor: 6, nearPoorCut: 1 })),
      ok("b.xlsx", "xã B", counts(100, 5, 1)),
      unreadable("c.xlsx"),
    ]);
    const json = consolidationToJson(c, "en");
    expect(json.files).toBe(3);
    expect(json.aggregated).toBe(2);
    expect(json.totals).toEqual({
      households: 300,
      population: 1200,
      poor: 15,
      poorRate: 5,
      nearPoor: 6,
      nearPoorRate: 2,
      poorCut: 5,
      poorCutRate: 1.67,
      projectedPoorRate: 3.33,
      nearPoorCut: 1,
    });
    expect(json.communes[1]).not.toHaveProperty("nearPoor");
    expect(json.communes[2]).toEqual({
      file: "c.xlsx",
      name: "c",
      status: "unreadable",
      reason: expect.stringContaining("password"),
      errors: 0,
      warnings: 0,
    });
  });
});
