/** The pane reads lien-he.json by the same rules as the legacy and support pages (src/release/contact.js). */
import { readContact, telHref } from "./readContact";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const es5 = require("../../../release/contact.js") as {
  readContact: (v: unknown) => unknown;
  telHref: (p: string) => string;
};

const CASES: unknown[] = [
  { donVi: "Trung tâm CNTT, Sở A", dienThoai: "0209 3852 123", email: "cntt@a.gov.vn" },
  { donVi: "Sở A", email: "cntt@a.gov.vn", ghiChu: "Giờ hành chính." },
  { donVi: "Sở A", dienThoai: "+84 (209) 385.2123" },
  { donVi: "Sở A", dienThoai: "gọi 0209" },
  { donVi: "Sở A", dienThoai: "0209 3852 123", email: "not an email" },
  { donVi: "Sở A", email: "a@b" },
  { donVi: "  ", email: "a@b.vn" },
  { donVi: "Sở A" },
  { donVi: "Sở\u0000A\nB", email: " a@b.vn " },
  { donVi: "x".repeat(201), email: "a@b.vn" },
  { donVi: 12, email: "a@b.vn" },
  { donVi: "Sở A", email: "a@b.vn", ghiChu: "y".repeat(501) },
  null,
  "lien-he",
  [],
];

test.each(CASES.map((c) => [JSON.stringify(c)?.slice(0, 60), c]))(
  "%s: the pane and the ES5 pages agree",
  (_name, value) => {
    expect(readContact(value)).toEqual(es5.readContact(value));
  }
);

test("keeps what is valid, drops what is not", () => {
  expect(readContact({ donVi: " Sở A ", dienThoai: "gọi 0209", email: "a@b.vn" })).toEqual({
    donVi: "Sở A",
    email: "a@b.vn",
  });
  expect(readContact({ donVi: "Sở A" })).toBeNull();
  expect(readContact({ donVi: "Sở\u0000A", email: "a@b.vn" })?.donVi).toBe("Sở A");
});

test("tel: addresses keep digits and the leading +", () => {
  expect(telHref("+84 (209) 385.2123")).toBe("tel:+842093852123");
  expect(es5.telHref("+84 (209) 385.2123")).toBe("tel:+842093852123");
});
