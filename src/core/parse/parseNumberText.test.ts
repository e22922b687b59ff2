import { findLeadingNumber, parseNumberText } from "./parseNumberText";

describe("parseNumberText", () => {
  it.each([
    ["98", "count", 98],
    [" 98 ", "count", 98],
    ["4,39", "rate", 4.39],
    ["4.39", "rate", 4.39],
    ["1.234", "count", 1234],
    ["1,234", "count", 1234],
    ["1.234", "rate", 1.234],
    ["1,234", "rate", 1.234],
    ["1234.5", "count", 1234.5],
    ["1.234.567", "count", 1234567],
    ["1.234,5", "count", 1234.5],
    ["1,234.5", "count", 1234.5],
    ["1 234", "count", 1234],
    ["12%", "rate", 12],
    ["4,39 %", "rate", 4.39],
    ["-0,95", "rate", -0.95],
    ["+3", "count", 3],
    ["0", "count", 0],
  ] as const)("reads %p in a %s column as %p", (text, kind, expected) => {
    expect(parseNumberText(text, kind)).toBe(expected);
  });

  it.each([
    ["4 hộ", "count"],
    ["khoảng 12", "count"],
    ["12%", "count"],
    ["", "count"],
    ["1,2,3.4,5", "count"],
    ["1.23.4", "count"],
    [".5", "rate"],
    ["5.", "rate"],
    ["abc", "rate"],
    ["#DIV/0!", "rate"],
  ] as const)("does not read %p in a %s column", (text, kind) => {
    expect(parseNumberText(text, kind)).toBeNull();
  });
});

describe("findLeadingNumber", () => {
  it.each([
    ["4 hộ", 4],
    ["khoảng 12", 12],
    ["Khoảng 12 hộ", 12],
    ["~7", 7],
    ["3,5 người", 3.5],
    ["không có", undefined],
    ["hộ 4", undefined],
  ])("suggests %p → %p", (text, expected) => {
    expect(findLeadingNumber(text, "count")).toBe(expected);
  });
});
