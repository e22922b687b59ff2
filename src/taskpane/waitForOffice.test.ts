import { waitForOffice, type OfficeReadiness } from "./waitForOffice";

const isExcel = (host: unknown) => host === "Excel";

describe("waitForOffice", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("no office.js at all: elsewhere, at once", () => {
    const seen: OfficeReadiness[] = [];
    waitForOffice(undefined, isExcel, (r) => seen.push(r));
    expect(seen).toEqual(["elsewhere"]);
  });

  test("Office answers in time: excel or elsewhere, never slow", () => {
    for (const [host, expected] of [
      ["Excel", "excel"],
      [null, "elsewhere"],
    ] as const) {
      const seen: OfficeReadiness[] = [];
      let ready: (info: { host: unknown }) => void = () => undefined;
      waitForOffice(
        (cb) => (ready = cb),
        isExcel,
        (r) => seen.push(r),
        1000
      );
      jest.advanceTimersByTime(500);
      ready({ host });
      jest.advanceTimersByTime(5000);
      expect(seen).toEqual([expected]);
    }
  });

  test("Office never answers: slow after the wait; a late answer still opens the pane", () => {
    const seen: OfficeReadiness[] = [];
    let ready: (info: { host: unknown }) => void = () => undefined;
    waitForOffice(
      (cb) => (ready = cb),
      isExcel,
      (r) => seen.push(r),
      1000
    );
    jest.advanceTimersByTime(999);
    expect(seen).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(seen).toEqual(["slow"]);
    ready({ host: "Excel" });
    expect(seen).toEqual(["slow", "excel"]);
  });
});
