import { formatTarget, parseTargetText, resolveTarget } from "./target";

test.each([
  ["10", { kind: "households", households: 10 }],
  [" 16 hộ ", { kind: "households", households: 16 }],
  ["1,11%", { kind: "rate", rate: 1.11 }],
  ["1.37 %", { kind: "rate", rate: 1.37 }],
  ["0,3%", { kind: "rate", rate: 0.3 }],
])("parseTargetText(%p)", (text, expected) => expect(parseTargetText(text)).toEqual(expected));

test.each([["1,5"], ["-3"], ["abc"], ["101%"], [""], ["1,2,3%"]])(
  "parseTargetText(%p) is null",
  (text) => expect(parseTargetText(text)).toBeNull()
);

test("a rate becomes round-half-up(rate × households / 100) households", () => {
  expect(resolveTarget({ kind: "rate", rate: 1.37 }, 729)).toEqual({
    households: 10,
    rate: 1.37,
    given: "rate",
  });
  // Phổ Minh: 1,11 % of 1 441 households is 15,995 → 16
  expect(resolveTarget({ kind: "rate", rate: 1.11 }, 1441).households).toBe(16);
  // exactly half rounds up
  expect(resolveTarget({ kind: "rate", rate: 0.5 }, 100 * 3).households).toBe(2);
  expect(resolveTarget({ kind: "rate", rate: 2.5 }, 20).households).toBe(1);
  expect(resolveTarget({ kind: "rate", rate: 1 }, undefined).households).toBeNaN();
});

test("households get the rate they stand for", () => {
  expect(resolveTarget({ kind: "households", households: 10 }, 729)).toEqual({
    households: 10,
    rate: 1.37,
    given: "households",
  });
  expect(resolveTarget({ kind: "households", households: 10 }, 0).rate).toBeNull();
});

test("both numbers stated as the seed does", () => {
  expect(formatTarget({ households: 16, rate: 1.11, given: "rate" }, "vi")).toBe(
    "giảm 1,11%, tương ứng 16 hộ"
  );
  expect(formatTarget({ households: 16, rate: 1.11, given: "rate" }, "en")).toBe(
    "a cut of 1.11%, that is 16 households"
  );
  expect(formatTarget({ households: 3, rate: null, given: "households" }, "vi")).toBe("giảm 3 hộ");
});
