import { scoreLegacyText } from "./scoreLegacyText";

describe("arithmetic in column-number rows", () => {
  test("× and ÷ between numbers or brackets are signs, not TCVN3 letters", () => {
    for (const text of ["(6)=(5)/(4)×100", "(9)=[(5)-(7)]/(4) × 100", "(3)÷(4)"]) {
      expect(scoreLegacyText(text, "tcvn3")).toBe(0);
      expect(scoreLegacyText(text, "vni")).toBe(0);
    }
  });
});
