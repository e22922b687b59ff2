import {
  charsToPoints,
  chunkCommands,
  encodePlanCell,
  encodeRestore,
  estimateBytes,
  isFormulaEntry,
  splitMatrix,
  type WriteCommand,
} from "./writeCommands";

describe("encoding cells for range.formulas", () => {
  it.each([
    [{ value: '=HYPERLINK("x")' }, "General", `'=HYPERLINK("x")`],
    [{ value: "98" }, "General", "'98"],
    [{ value: "+84" }, "0", "'+84"],
    [{ value: "@x" }, "@", "@x"],
    [{ value: "" }, "General", ""],
    [{ value: null }, "General", ""],
    [{ value: 4.39 }, "0.00", 4.39],
    [{ value: true }, "General", true],
    [{ formula: "=SUM(A1:A2)", result: 3 }, "General", "=SUM(A1:A2)"],
  ] as const)("%p under %p → %p", (cell, format, expected) => {
    expect(encodePlanCell(cell, format)).toEqual(expected);
  });

  it("restores formulas, text, errors and blanks as they were", () => {
    expect(encodeRestore("=A1*2", 4, "General")).toBe("=A1*2");
    expect(encodeRestore("=not a formula", "=not a formula", "General")).toBe("'=not a formula");
    expect(encodeRestore("#N/A", "#N/A", "General")).toBe("#N/A");
    expect(encodeRestore("", "", "General")).toBe("");
    expect(encodeRestore(12, 12, "0")).toBe(12);
    expect(encodeRestore("0012", "0012", "@")).toBe("0012");
    expect(isFormulaEntry("=1", 1)).toBe(true);
    expect(isFormulaEntry("=x", "=x")).toBe(false);
  });

  it("converts character widths to points (8.43 characters ≈ 48 pt, Excel's default)", () => {
    expect(charsToPoints(8.43)).toBeCloseTo(48, 0);
  });
});

describe("payload splitting", () => {
  const rows = Array.from({ length: 1000 }, (_, i) => [`'dòng ${i} ${"x".repeat(90)}`]);

  it("splits a matrix into row slices under the byte limit that cover every row once", () => {
    const parts = splitMatrix(
      "S",
      "formulas",
      { top: 5, left: 2, bottom: 1004, right: 2 },
      rows,
      20_000
    );
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(estimateBytes(p)).toBeLessThan(21_000);
    const addresses = parts.map((p) => (p as Extract<WriteCommand, { kind: "formulas" }>).address);
    expect(addresses[0]?.startsWith("B5:")).toBe(true);
    expect(addresses[addresses.length - 1]?.endsWith(":B1004")).toBe(true);
    const total = parts.reduce(
      (n, p) => n + (p as Extract<WriteCommand, { kind: "formulas" }>).data.length,
      0
    );
    expect(total).toBe(1000);
  });

  it("packs commands in order into chunks under the limit; a small plan is one chunk", () => {
    const parts = splitMatrix(
      "S",
      "formulas",
      { top: 1, left: 1, bottom: 1000, right: 1 },
      rows,
      10_000
    );
    const chunks = chunkCommands(parts, 30_000);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(estimateBytes(c)).toBeLessThan(30_000);
    expect(chunks.flat()).toEqual(parts);
    expect(chunkCommands([{ kind: "addSheet", sheet: "A" }])).toHaveLength(1);
  });
});
