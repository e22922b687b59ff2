/**
 * `aggregate` without `--jobs` starts a worker only when the reading left is worth its start-up (pool.ts): a worker
 * starts cold and, on the bench's 100 small communes, made the run slower than reading them in one thread.
 */
import { workersWorthStarting } from "../../src/cli/aggregate/pool";

describe("workers worth starting", () => {
  it("none when the reading left is a few start-ups (a hundred small communes)", () => {
    expect(workersWorthStarting(850, 230, 1)).toBe(0); // 100 bench communes, as estimated
    expect(workersWorthStarting(2800, 230, 3)).toBe(0); // 300 of them
    expect(workersWorthStarting(3999, 250, 3)).toBe(0);
  });

  it("one per share worth eight start-ups, at most the cores offered", () => {
    expect(workersWorthStarting(4000, 250, 1)).toBe(1);
    expect(workersWorthStarting(8000, 250, 8)).toBe(3);
    expect(workersWorthStarting(40_000, 250, 3)).toBe(3);
    expect(workersWorthStarting(40_000, 250, 0)).toBe(0);
  });

  it("a start-up measured as nothing never means a worker per file", () => {
    expect(workersWorthStarting(3, 0, 7)).toBe(0);
  });
});
