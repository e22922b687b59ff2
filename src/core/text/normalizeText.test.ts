import { normalizeText, toMatchKey } from "./normalizeText";

describe("normalizeText", () => {
  it.each([
    ["Tỷ lệ (%)", "ty le %"],
    ["  THÔN/TDP  ", "thon tdp"],
    ["Đơn vị", "don vi"],
    ["Tổng  số\thộ\ntrên địa bàn", "tong so ho tren dia ban"],
    ["Dự kiến tỷ lệ hộ nghèo cuối năm 2024 (%)", "du kien ty le ho ngheo cuoi nam 2024 %"],
    ["Tổng:", "tong"],
    ["Ư Ơ ư ơ Ă Â Ê Ô", "u o u o a a e o"],
    ["(3)=(2)/(1)", "3 2 1"],
    ["", ""],
    ["–—…", ""],
  ])("%p → %p", (text, expected) => expect(normalizeText(text)).toBe(expected));

  it("gives the same result for precomposed and decomposed (NFD) input", () => {
    const s = "Thôn Làng Gió, Tổ dân phố Số 1";
    expect(normalizeText(s.normalize("NFD"))).toBe(normalizeText(s.normalize("NFC")));
  });

  it("compares names without case, diacritics or spaces", () => {
    expect(toMatchKey("Làng  Gió")).toBe(toMatchKey("LANG GIO"));
    expect(toMatchKey("Làng Gió")).not.toBe(toMatchKey("Làng Giỏ ").replace("o", "x"));
  });
});
