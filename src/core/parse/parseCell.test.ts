import { isDateFormat, isPercentFormat, parseCell } from "./parseCell";

const src = (raw: unknown, numberFormat = "General", formula: string | null = null) =>
  ({ raw, numberFormat, formula }) as Parameters<typeof parseCell>[0];

describe("parseCell", () => {
  it("reads plain numbers and keeps the formula of a cached result", () => {
    expect(parseCell(src(126, "General", "=SUM(A1:A2)"), "count")).toEqual({
      kind: "number",
      value: 126,
      fromText: false,
      formula: "=SUM(A1:A2)",
    });
  });

  it("turns a fraction under a percent format into percent points and flags it", () => {
    expect(parseCell(src(0.0439, "0.00%"), "rate")).toEqual({
      kind: "number",
      value: 4.39,
      fromText: false,
      formula: null,
      fraction: true,
      numberFormat: "0.00%",
    });
    expect(parseCell(src(0.0439, "0.00%"), "count")).toMatchObject({ value: 0.0439 });
  });

  it("reads number-like text and keeps the original text", () => {
    expect(parseCell(src("4,39"), "rate")).toEqual({
      kind: "number",
      value: 4.39,
      fromText: true,
      formula: null,
      text: "4,39",
    });
    expect(parseCell(src("98", "@"), "count")).toMatchObject({
      kind: "number",
      value: 98,
      fromText: true,
      text: "98",
      numberFormat: "@",
    });
  });

  it("reads a lone dash as 0 written as text", () => {
    expect(parseCell(src("-"), "count")).toMatchObject({
      kind: "number",
      value: 0,
      fromText: true,
      text: "-",
    });
    expect(parseCell(src(" – "), "rate")).toMatchObject({
      kind: "number",
      value: 0,
      fromText: true,
    });
  });

  it("keeps other text with its leading number as a suggestion", () => {
    expect(parseCell(src("4 hộ"), "count")).toEqual({ kind: "text", text: "4 hộ", suggestion: 4 });
    expect(parseCell(src("chưa rõ"), "count")).toEqual({ kind: "text", text: "chưa rõ" });
  });

  it("reads errors as values, from a CellError or an error string", () => {
    expect(parseCell(src({ error: "#DIV/0!" }), "rate")).toEqual({
      kind: "error",
      error: "#DIV/0!",
    });
    expect(parseCell(src("#N/A"), "rate")).toEqual({ kind: "error", error: "#N/A" });
    expect(parseCell(src(Number.NaN), "rate")).toEqual({ kind: "error", error: "#NUM!" });
  });

  it("reads blanks, blank text and booleans", () => {
    expect(parseCell(src(null), "count")).toEqual({ kind: "empty" });
    expect(parseCell(src("   "), "count")).toEqual({ kind: "empty" });
    expect(parseCell(src(true), "count")).toEqual({ kind: "boolean", value: true });
  });
});

describe("isPercentFormat", () => {
  it.each([
    ["0.00%", true],
    ["0%", true],
    ['0.00"%"', false],
    ["0\\%", false],
    ["General", false],
    ["0.00", false],
  ])("%s → %s", (format, expected) => expect(isPercentFormat(format)).toBe(expected));
});

describe("isDateFormat", () => {
  test.each([
    ["dd/mm/yyyy", true],
    ["m/d/yy", true],
    ["[$-409]d-mmm-yy;@", true],
    ["[h]:mm:ss", true],
    ["General", false],
    ["0.00", false],
    ["#,##0", false],
    ["0.00%", false],
    ['0" hộ"', false],
    ['#,##0 "người"', false],
    ["[Red]0.00", false],
    ["0.00E+00", false],
    ["@", false],
  ])("%s → %s", (format, expected) => expect(isDateFormat(format)).toBe(expected));
});

test("a date typed into a count cell is text as the officer sees it, never its serial number", () => {
  expect(parseCell({ raw: 45306, formula: null, numberFormat: "dd/mm/yyyy" }, "count")).toEqual({
    kind: "text",
    text: "15/01/2024",
    numberFormat: "dd/mm/yyyy",
  });
  expect(parseCell({ raw: 45306, formula: null, numberFormat: "General" }, "count")).toMatchObject({
    kind: "number",
    value: 45306,
  });
});
