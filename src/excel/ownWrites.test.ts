import type { WriteCommand } from "./writeCommands";
import { OWN_WRITE_GRACE_MS, OwnWrites } from "./ownWrites";

const formulas = (sheet: string, address: string): WriteCommand => ({
  kind: "formulas",
  sheet,
  address,
  data: [[1]],
});

function open(active = true) {
  let now = 1_000;
  const own = new OwnWrites(
    () => active,
    () => now
  );
  return { own, advance: (ms: number) => (now += ms) };
}

const watch = {};

test("one echo per written range, on that sheet and exactly that address (sheet prefix and $ aside)", () => {
  const { own } = open();
  own.expect([formulas("Phụ lục", "C2:C3"), formulas("Phụ lục", "E10")], new Map())(true);
  expect(own.claim(watch, "{id}", "Phụ lục", "C2")).toBe(false); // an officer edit inside the block
  expect(own.claim(watch, "{id}", "Khác", "E10")).toBe(false); // another sheet
  expect(own.claim(watch, "{id}", "PHỤ LỤC", "'Phụ lục'!$C$2:$C$3")).toBe(true);
  expect(own.claim(watch, "{id}", "Phụ lục", "C2:C3")).toBe(false); // its echo came: now the officer
  expect(own.claim(watch, "{id}", "Phụ lục", "E10")).toBe(true);
});

test("a watched sheet is known by its id, whatever its name now", () => {
  const { own } = open();
  own.expect([formulas("Phụ lục", "E10")], new Map([["phụ lục", "{A}"]]))(true);
  expect(own.claim(watch, "{B}", "Phụ lục", "E10")).toBe(false);
  expect(own.claim(watch, "{A}", "Phụ lục 2025", "E10")).toBe(true);
});

test("each watch hears the echo once", () => {
  const { own } = open();
  own.expect([formulas("S", "A1")], new Map())(true);
  const other = {};
  expect(own.claim(watch, "{id}", "S", "A1")).toBe(true);
  expect(own.claim(other, "{id}", "S", "A1")).toBe(true);
  expect(own.claim(other, "{id}", "S", "A1")).toBe(false);
});

test("expected while the sync is pending, and until the grace after it settled", () => {
  const { own, advance } = open();
  const settled = own.expect([formulas("S", "A1"), formulas("S", "B1")], new Map());
  advance(10 * OWN_WRITE_GRACE_MS);
  expect(own.claim(watch, "{id}", "S", "A1")).toBe(true); // Excel ran it late: still ours
  settled(true);
  advance(OWN_WRITE_GRACE_MS + 1);
  expect(own.claim(watch, "{id}", "S", "B1")).toBe(false); // its echo never came: an edit now is the officer's
});

test("a request Excel refused applied nothing: no echo is expected", () => {
  const { own } = open();
  own.expect([formulas("S", "A1")], new Map())(false);
  expect(own.claim(watch, "{id}", "S", "A1")).toBe(false);
});

test("only contents writes are tracked, and nothing from ExcelApi 1.14 (events carry triggerSource)", () => {
  const { own } = open();
  own.expect([{ kind: "numberFormat", sheet: "S", address: "A1", data: [["0"]] }], new Map())(true);
  expect(own.claim(watch, "{id}", "S", "A1")).toBe(false);
  const later = open(false).own;
  later.expect([formulas("S", "A1")], new Map())(true);
  expect(later.claim(watch, "{id}", "S", "A1")).toBe(false);
});
