import { formatNumber } from "./formatNumber";

describe("formatNumber", () => {
  it.each([
    [4.39, "vi", undefined, "4,39"],
    [1234.5, "vi", 2, "1.234,50"],
    [4.39, "en", undefined, "4.39"],
    [-0.95, "vi", undefined, "-0,95"],
    [3017, "vi", undefined, "3.017"],
    [0.1 + 0.2, "en", undefined, "0.3"],
    [-1.797693134862316e302, "vi", undefined, "-1.797693134862316e+302"],
    [123456789012.5, "en", undefined, "123,456,789,012.5"],
  ] as const)("%p (%s, %p) → %p", (n, lang, decimals, expected) =>
    expect(formatNumber(n, lang, decimals)).toBe(expected)
  );
});
