import { markerName, markersOf, sheetOfReference } from "./readSheets";

describe("generated-sheet markers as defined names", () => {
  it("names are unique and carry only letters and digits of the marker", () => {
    expect(markerName("summary", new Set())).toBe("_giamngheo.summary.1");
    expect(markerName("sum mary!", new Set(["_giamngheo.summary.1"]))).toBe("_giamngheo.summary.2");
  });

  it("the sheet a name refers to, quoted or not; #REF! refers to none", () => {
    expect(sheetOfReference("='Tổng hợp'!$A$1")).toBe("Tổng hợp");
    expect(sheetOfReference("='It''s'!$A$1")).toBe("It's");
    expect(sheetOfReference("=Sheet1!$A$1")).toBe("Sheet1");
    expect(sheetOfReference("=#REF!$A$1")).toBeNull();
  });

  it("markers per sheet, other names ignored", () => {
    const m = markersOf([
      { name: "_giamngheo.summary.1", formula: "='Tổng hợp'!$A$1" },
      { name: "_giamngheo.deprivation.1", formula: "=#REF!$A$1" },
      { name: "Print_Area", formula: "='Phụ lục'!$A$1" },
    ]);
    expect([...m]).toEqual([["tổng hợp", "summary"]]);
  });
});
