/**
 * @jest-environment jsdom
 *
 * legacy.js decides, before any of the bundle is requested, whether this runtime can run it; in a runtime that
 * cannot, it fetches legacy-page.js, the page saying which Excel versions can (jsdom fetches no scripts: what
 * legacy.js would request is read from the <script> elements it adds, and legacy-page.js is run when it asked for
 * it; lien-he.json is answered by a stand-in XMLHttpRequest). Both built from src/legacy by the same functions the
 * webpack build uses.
 */
import * as acorn from "acorn";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { legacyScript, legacyPageScript } = require("../../scripts/deploy") as {
  legacyScript: () => string;
  legacyPageScript: () => string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const TEXT = require("../../src/legacy/messages.json") as Record<
  "vi" | "en",
  Record<string, string | string[]>
>;

const BUNDLE = ["712.aaaaaaaa.js", "758.bbbbbbbb.js", "taskpane.cccccccc.js"];
const code = legacyScript();
const pageCode = legacyPageScript();

type Win = Window & Record<string, unknown>;
const win = window as unknown as Win;

/** A taskpane.html as the build writes it (legacy.js's tag first, then office.js), already parsed. */
function page(): void {
  document.head.innerHTML =
    `<script id="giamngheo-boot" src="legacy.js" data-probe="probe.js" data-page="legacy-page.js" ` +
    `data-bundle="${BUNDLE.join(" ")}"></script>` +
    `<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>`;
  document.body.innerHTML = `<div id="root"></div>`;
}

/** Run legacy.js in this window with `missing` APIs removed (as in IE11 / EdgeHTML) and CSS.supports present. */
function run(missing: Array<[object, string]> = []): void {
  const saved = missing.map(([o, k]) => [o, k, Object.getOwnPropertyDescriptor(o, k)] as const);
  const css = win["CSS"];
  win["CSS"] = { supports: () => true };
  try {
    for (const [o, k] of missing) delete (o as Record<string, unknown>)[k];
    new Function(code)();
  } finally {
    for (const [o, k, d] of saved) if (d) Object.defineProperty(o, k, d);
    win["CSS"] = css;
  }
}

const added = (): string[] =>
  [...document.querySelectorAll("script")]
    .map((s) => s.getAttribute("src") ?? "")
    .filter((s) => s !== "legacy.js" && !s.startsWith("https://"));

const probe = (): HTMLScriptElement =>
  document.querySelector('script[src="probe.js"]') as HTMLScriptElement;

/** legacy-page.js arrives (as the browser would run it) once legacy.js asked for it; false if it never asked. */
function servePage(): boolean {
  if (!document.querySelector('script[src="legacy-page.js"]')) return false;
  new Function(pageCode)();
  return true;
}

/** lien-he.json as the site serves it: `body` with `status` (404: no contact file deployed). */
let contactFile: { status: number; body: string } = { status: 404, body: "" };
const requested: string[] = [];
class FakeXhr {
  readyState = 0;
  status = 0;
  responseText = "";
  onreadystatechange: (() => void) | null = null;
  private url = "";
  open(_method: string, url: string): void {
    this.url = url;
  }
  send(): void {
    requested.push(this.url);
    Object.assign(this, { readyState: 4, ...contactFile, responseText: contactFile.body });
    this.onreadystatechange?.();
  }
}
const realXhr = win["XMLHttpRequest"];
beforeAll(() => {
  win["XMLHttpRequest"] = FakeXhr;
});
afterAll(() => {
  win["XMLHttpRequest"] = realXhr;
});

beforeEach(() => {
  page();
  delete win["giamngheoSyntaxOk"];
  contactFile = { status: 404, body: "" };
  requested.length = 0;
});

test("the built scripts are ES5 (acorn, ecmaVersion 5)", () => {
  expect(() => acorn.parse(code, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  expect(() => acorn.parse(pageCode, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
});

test("legacy.js, which every pane runs first, carries neither the page's words nor the contact reader", () => {
  expect(code).not.toContain(TEXT.vi["why"] as string);
  expect(code).not.toContain(TEXT.en["why"] as string);
  expect(code).not.toContain("lien-he.json");
  expect(code).not.toContain("XMLHttpRequest");
  expect(pageCode).toContain(TEXT.vi["why"] as string);
  expect(pageCode).toContain("lien-he.json");
});

test("every word has its English", () => {
  expect(Object.keys(TEXT.en).sort()).toEqual(Object.keys(TEXT.vi).sort());
});

describe("a runtime that can run the pane", () => {
  test("only the syntax probe is requested first; the bundle follows once the probe ran", () => {
    run();
    expect(added()).toEqual(["probe.js"]);
    win["giamngheoSyntaxOk"] = true;
    probe().dispatchEvent(new Event("load"));
    expect(added()).toEqual(["probe.js", ...BUNDLE]);
    const scripts = [...document.querySelectorAll("script")].filter((s) =>
      BUNDLE.includes(s.getAttribute("src") ?? "")
    );
    expect(scripts.every((s) => s.async === false)).toBe(true);
    expect(document.getElementById("root")!.childNodes).toHaveLength(0);
    expect(document.getElementById("giamngheo-legacy")).toBeNull();
  });

  test("a probe that cannot be fetched does not mean an old Excel: the bundle still loads", () => {
    run();
    probe().dispatchEvent(new Event("error"));
    expect(added()).toEqual(["probe.js", ...BUNDLE]);
    expect(document.getElementById("giamngheo-legacy")).toBeNull();
  });
});

describe.each<[string, () => Array<[object, string]>]>([
  ["IE11 (no Proxy, no Symbol-era APIs)", () => [[window, "Proxy"]]],
  ["EdgeHTML 18 (no globalThis, no Object.fromEntries)", () => [[Object, "fromEntries"]]],
  ["an engine without Array.prototype.at", () => [[Array.prototype, "at"]]],
])("%s", (_name, missing) => {
  test("shows the Vietnamese page (legacy-page.js) and requests neither the probe nor the bundle", () => {
    run(missing());
    expect(added()).toEqual(["legacy-page.js"]);
    expect(servePage()).toBe(true);
    const shown = document.getElementById("giamngheo-legacy");
    expect(shown).not.toBeNull();
    const text = shown!.textContent ?? "";
    expect(text).toContain(TEXT.vi["title"] as string);
    for (const v of TEXT.vi["versions"] as string[]) expect(text).toContain(v);
    expect(shown!.querySelector('a[href="https://www.office.com"]')).not.toBeNull();
    expect(shown!.querySelector('section[lang="vi"]')).not.toBeNull();
    expect(shown!.querySelector('section[lang="en"] h2')?.textContent).toBe(TEXT.en["title"]);
    expect(document.title).toBe(TEXT.vi["title"]);
  });
});

test("a runtime whose APIs pass but whose parser cannot read probe.js: the page, no bundle", () => {
  run();
  probe().dispatchEvent(new Event("load")); // loaded, but the syntax error left the flag unset
  expect(added()).toEqual(["probe.js", "legacy-page.js"]);
  servePage();
  expect(document.getElementById("giamngheo-legacy")?.textContent).toContain(TEXT.vi["title"]);
});

test("legacy-page.js cannot be fetched: the title in both languages and the web app's address still show", () => {
  run([[window, "Proxy"]]);
  const page = document.querySelector('script[src="legacy-page.js"]')!;
  page.dispatchEvent(new Event("error"));
  const shown = document.getElementById("giamngheo-legacy")!;
  expect(shown.textContent).toContain(TEXT.vi["title"] as string);
  expect(shown.textContent).toContain(TEXT.en["title"] as string);
  expect(shown.querySelector("a")?.href).toMatch(/\/index\.html$/);
  expect(added()).toEqual(["legacy-page.js"]);
  expect(document.title).toBe(TEXT.vi["title"]);
});

test("while the page is still parsing, the bundle waits for DOMContentLoaded (office.js runs first)", () => {
  Object.defineProperty(document, "readyState", { configurable: true, get: () => "loading" });
  try {
    run();
    win["giamngheoSyntaxOk"] = true;
    probe().dispatchEvent(new Event("load"));
    expect(added()).toEqual(["probe.js"]);
  } finally {
    delete (document as unknown as Record<string, unknown>)["readyState"];
  }
  document.dispatchEvent(new Event("DOMContentLoaded"));
  expect(added()).toEqual(["probe.js", ...BUNDLE]);
});

describe("the legacy page sends the officer to the web app and names the province's contact", () => {
  const old = (): Array<[object, string]> => [[window, "Proxy"]];

  test("the web app's address (index.html beside the pane) comes first, in both languages", () => {
    run(old());
    servePage();
    const shown = document.getElementById("giamngheo-legacy")!;
    const links = [...shown.querySelectorAll("a")].filter((a) => a.href.endsWith("/index.html"));
    expect(links).toHaveLength(2);
    expect(links[0]!.closest("p")?.textContent).toContain(TEXT.vi["webAppBefore"] as string);
    expect(shown.textContent).not.toMatch(/xem thử|preview/i);
  });

  test("no lien-he.json: the generic words", () => {
    run(old());
    servePage();
    expect(requested).toEqual(["lien-he.json"]);
    const help = document.querySelector('p[data-help="vi"]')!;
    expect(help.textContent).toBe(TEXT.vi["help"]);
  });

  test("lien-he.json: unit, tel: and mailto: links, the note, as text only", () => {
    contactFile = {
      status: 200,
      body: JSON.stringify({
        donVi: "Sở <b>A</b>",
        dienThoai: "0209 3852 123",
        email: "cntt@a.gov.vn",
        ghiChu: "Giờ hành chính.",
      }),
    };
    run(old());
    servePage();
    const vi = document.querySelector('p[data-help="vi"]')!;
    expect(vi.textContent).toBe(
      "Cần giúp đỡ, hãy liên hệ Sở <b>A</b>, điện thoại 0209 3852 123, thư điện tử cntt@a.gov.vn. Giờ hành chính."
    );
    expect(vi.querySelector("b")).toBeNull();
    expect([...vi.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([
      "tel:02093852123",
      "mailto:cntt@a.gov.vn",
    ]);
    expect(document.querySelector('p[data-help="en"]')!.textContent).toMatch(
      /^For help, contact Sở/
    );
  });

  test("a malformed lien-he.json keeps the generic words", () => {
    contactFile = { status: 200, body: "{ not json" };
    run(old());
    servePage();
    expect(document.querySelector('p[data-help="vi"]')!.textContent).toBe(TEXT.vi["help"]);
  });

  test("a runtime that runs the pane never asks for lien-he.json", () => {
    run();
    win["giamngheoSyntaxOk"] = true;
    probe().dispatchEvent(new Event("load"));
    expect(requested).toEqual([]);
  });
});
