import { effectiveScale, pageBlocks, printableWidthPx } from "./printScale";

const landscape = { paper: "A4", orientation: "landscape" } as const;

test("an A4 landscape page leaves 10.71 inches between the margins", () => {
  expect(printableWidthPx(landscape)).toBe(1028);
  expect(printableWidthPx({ paper: "A4", orientation: "portrait" })).toBe(699);
});

test("fit to pages wide shrinks wide columns (the title columns on every page), never enlarges", () => {
  expect(effectiveScale({ ...landscape, fitToWidth: true }, 2056)).toBe(50);
  expect(effectiveScale({ ...landscape, fitToWidth: true }, 500)).toBe(100);
  expect(effectiveScale({ ...landscape, fitToWidth: true, pagesWide: 2 }, 2056, 0)).toBe(100);
  expect(effectiveScale({ ...landscape, fitToWidth: true, pagesWide: 2 }, 2056, 200)).toBe(91);
  expect(effectiveScale({ ...landscape, fitToWidth: false }, 5000)).toBe(100);
});

test("blocks: one page each when a block fits", () => {
  const block = Array.from({ length: 12 }, () => 89);
  expect(pageBlocks(landscape, 302, [block, block, block])).toEqual([12, 12, 12]);
});

test("a block too wide for a readable page is split into pieces", () => {
  const block = Array.from({ length: 40 }, () => 89);
  const pages = pageBlocks(landscape, 302, [block]);
  expect(pages.reduce((a, b) => a + b, 0)).toBe(40);
  expect(pages.length).toBe(4);
  const print = { ...landscape, fitToWidth: true, pagesWide: pages.length };
  expect(effectiveScale(print, 302 + 40 * 89, 302)).toBeGreaterThanOrEqual(72);
});
