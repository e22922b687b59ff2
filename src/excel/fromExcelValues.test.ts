import { fromExcelValue, fromExcelValues, parseAreasAddress, stripSheet } from "./fromExcelValues";

describe("fromExcelValue", () => {
  it.each([
    ["", null],
    [0, 0],
    [4.39, 4.39],
    [true, true],
    ["Quang Trung", "Quang Trung"],
    ["#DIV/0!", { error: "#DIV/0!" }],
    ["#N/A", { error: "#N/A" }],
    ["#HASHTAG", "#HASHTAG"],
  ])("%p → %p", (input, expected) => {
    expect(fromExcelValue(input)).toEqual(expected);
  });
});

describe("addresses", () => {
  it("strips quoted sheet names and $ signs", () => {
    expect(stripSheet("'Phụ lục'!$A$5:$I$14")).toBe("A5:I14");
    expect(stripSheet("B3")).toBe("B3");
  });
  it("parses merged areas, including sheet names with commas", () => {
    expect(parseAreasAddress("'Phụ lục, 2'!A2:I2,'Phụ lục, 2'!A5:A7")).toEqual([
      { top: 2, left: 1, bottom: 2, right: 9 },
      { top: 5, left: 1, bottom: 7, right: 1 },
    ]);
    expect(parseAreasAddress("Sheet1!C4")).toEqual([{ top: 4, left: 3, bottom: 4, right: 3 }]);
    expect(parseAreasAddress(null)).toEqual([]);
  });
});

describe("fromExcelValues", () => {
  it("builds an absolute grid with formulas only where they start with =", () => {
    const grid = fromExcelValues({
      sheet: "Phụ lục",
      address: "'Phụ lục'!B5:C6",
      values: [
        ["TT", ""],
        [3, "#DIV/0!"],
      ],
      formulas: [
        ["TT", ""],
        [3, "=E9/D9"],
      ],
      numberFormat: [
        ["General", "@"],
        ["0", "0.00"],
      ],
      mergedAddress: "'Phụ lục'!B5:C5",
    });
    expect(grid).toEqual({
      sheet: "Phụ lục",
      top: 5,
      left: 2,
      values: [
        ["TT", null],
        [3, { error: "#DIV/0!" }],
      ],
      formulas: [
        [null, null],
        [null, "=E9/D9"],
      ],
      numberFormats: [
        ["General", "@"],
        ["0", "0.00"],
      ],
      merges: [{ top: 5, left: 2, bottom: 5, right: 3 }],
    });
  });
  it("a blank sheet (null used range) is an empty grid at A1", () => {
    expect(
      fromExcelValues({
        sheet: "S",
        address: null,
        values: [],
        formulas: [],
        numberFormat: [],
        mergedAddress: null,
      })
    ).toEqual({
      sheet: "S",
      top: 1,
      left: 1,
      values: [],
      formulas: [],
      numberFormats: [],
      merges: [],
    });
  });
});

describe("valueTypes decide what is an error", () => {
  it("text that reads #N/A stays text; an Error cell is a CellError", () => {
    const g = fromExcelValues({
      sheet: "S",
      address: "S!A1:A2",
      values: [["#N/A"], ["#N/A"]],
      formulas: [["#N/A"], ["=NA()"]],
      numberFormat: [["General"], ["General"]],
      valueTypes: [["String"], ["Error"]],
      mergedAddress: null,
    });
    expect(g.values).toEqual([["#N/A"], [{ error: "#N/A" }]]);
  });
});
