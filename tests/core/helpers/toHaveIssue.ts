/** Test-only custom matcher: expect(issues).toHaveIssue({ code: "RATE_MISMATCH", cell: "F9" }). */
import type { Issue } from "../../../src/core";

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      toHaveIssue(expected: Partial<Issue>): R;
    }
  }
}

expect.extend({
  toHaveIssue(received: readonly Issue[], expected: Partial<Issue>) {
    const matches = (i: Issue): boolean =>
      Object.entries(expected).every(([k, v]) => this.equals((i as Record<string, unknown>)[k], v));
    const pass = received.some(matches);
    const list = received.map((i) => `${i.code}@${i.cell}`).join(", ") || "(none)";
    return {
      pass,
      message: () =>
        `expected issues ${pass ? "not " : ""}to contain ${JSON.stringify(expected)}; got ${list}`,
    };
  },
});

export {};
