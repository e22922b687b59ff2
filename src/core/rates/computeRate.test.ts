import { computeRate, isRateAgreeing, round2, roundTo } from "./computeRate";
import { RATE_DEFINITIONS } from "./rateDefinitions";

const def = (role: string) => RATE_DEFINITIONS.find((d) => d.role === role)!;

describe("rates", () => {
  it("rounds half away from zero despite binary noise", () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(-0.955)).toBe(-0.96);
    expect(round2((3 / 126) * 100)).toBe(2.38);
    expect(roundTo(0.023809, 4)).toBe(0.0238);
  });

  it("computes each rate from its definition", () => {
    const counts: Record<string, number> = {
      households: 105,
      poor: 2,
      poorCut: 3,
      nearPoor: 5,
      nearPoorCut: 1,
    };
    const get = (r: string) => counts[r];
    expect(round2(computeRate(def("poorRate"), get)!)).toBe(1.9);
    expect(round2(computeRate(def("projectedPoorRate"), get)!)).toBe(-0.95);
    expect(round2(computeRate(def("projectedNearPoorRate"), get)!)).toBe(3.81);
  });

  it("gives nothing for missing inputs, zero or tiny households", () => {
    expect(computeRate(def("poorRate"), (r) => (r === "poor" ? 1 : undefined))).toBeUndefined();
    expect(computeRate(def("poorRate"), (r) => (r === "poor" ? 1 : 0))).toBeUndefined();
    expect(computeRate(def("poorRate"), (r) => (r === "poor" ? 1 : 5e-324))).toBeUndefined();
  });

  it("agrees within 0.01 of the rounded rate", () => {
    expect(isRateAgreeing(2.39, 2.3809)).toBe(true);
    expect(isRateAgreeing(2.37, 2.3809)).toBe(true);
    expect(isRateAgreeing(2.4, 2.3809)).toBe(false);
  });
});
