/**
 * What the province's IT staff get from `PUBLIC_URL=https://…/ npm run build` (DESIGN.md "Deployment"): a
 * dist/manifest.xml whose every address is under PUBLIC_URL and exists in dist/, valid against the schemas;
 * taskpane.html loading office.js from Microsoft's CDN with a CSP allowing exactly that; legacy.js (ES5) first,
 * deciding whether the bundle loads; and, in Chromium, the pane's three outcomes: boots, the legacy page (old
 * runtime or old syntax), the friendly page when the CDN is unreachable. One shared build (productionBuild.ts).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as acorn from "acorn";
import { chromium, type Browser, type Page } from "playwright-core";
import { findTags } from "../../bench/html";
import { CHROMIUM_ARGS, serveDir } from "../../bench/serveDir";
import { uiText } from "../../src/taskpane/messages";
import { MANIFEST_SCHEMA } from "../paths";
import {
  buildProductionInto,
  listFiles,
  OFFICE_JS_CDN,
  OFFICE_JS_LOCAL_DIR,
  SAMPLE_PUBLIC_URL,
} from "../safety/productionBuild";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const deploy = require("../../scripts/deploy") as {
  legacyScript: () => string;
  legacyPageScript: () => string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const LEGACY_TEXT = require("../../src/legacy/messages.json") as {
  vi: { title: string };
  en: { title: string };
};

jest.setTimeout(600_000);

let out: string;
beforeAll(async () => {
  out = await buildProductionInto(SAMPLE_PUBLIC_URL);
});

const read = (f: string): string => fs.readFileSync(path.join(out, f), "utf8");
const withoutComments = (xml: string): string => xml.replace(/<!--[\s\S]*?-->/g, "");
const ORIGIN = new URL(SAMPLE_PUBLIC_URL).origin;
const CDN_DIR = OFFICE_JS_CDN.replace(/office\.js$/, "");

describe("dist/manifest.xml for PUBLIC_URL", () => {
  it("names no localhost", () => {
    expect(read("manifest.xml")).not.toMatch(/localhost|127\.0\.0\.1/i);
  });

  it("points every https address under PUBLIC_URL (AppDomain: its origin), each a file in dist/", () => {
    const xml = withoutComments(read("manifest.xml"));
    const urls = [...xml.matchAll(/https:\/\/[^"<\s]+/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const u of urls) {
      if (u === ORIGIN) continue; // checked below: the AppDomain
      expect(u.startsWith(SAMPLE_PUBLIC_URL)).toBe(true);
      const file = path.join(out, decodeURIComponent(u.slice(SAMPLE_PUBLIC_URL.length)));
      expect({ u, exists: fs.existsSync(file) }).toEqual({ u, exists: true });
    }
    expect([...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1])).toEqual([
      ORIGIN,
    ]);
  });

  it("has a SupportUrl (a page in dist/) and the source, icon and command addresses", () => {
    const xml = withoutComments(read("manifest.xml"));
    const attr = (el: string) =>
      new RegExp(`<${el}\\s+DefaultValue="([^"]+)"`).exec(xml)?.[1] ?? "";
    expect(attr("SupportUrl")).toBe(`${SAMPLE_PUBLIC_URL}ho-tro.html`);
    expect(attr("SourceLocation")).toBe(`${SAMPLE_PUBLIC_URL}taskpane.html`);
    expect(attr("IconUrl")).toBe(`${SAMPLE_PUBLIC_URL}assets/icon-32.png`);
    expect(attr("HighResolutionIconUrl")).toBe(`${SAMPLE_PUBLIC_URL}assets/icon-64.png`);
    expect(xml).toContain(
      `<bt:Url id="Taskpane.Url" DefaultValue="${SAMPLE_PUBLIC_URL}taskpane.html"/>`
    );
    expect(xml).toContain(
      `<bt:Image id="Icon.80x80" DefaultValue="${SAMPLE_PUBLIC_URL}assets/icon-80.png"/>`
    );
  });

  it("is valid against the manifest schemas (xmllint)", () => {
    expect(() =>
      execFileSync(
        "xmllint",
        ["--noout", "--schema", MANIFEST_SCHEMA, path.join(out, "manifest.xml")],
        { stdio: "pipe" }
      )
    ).not.toThrow();
  });
});

describe("dist/taskpane.html", () => {
  const scripts = () => findTags(read("taskpane.html"), "script");

  it("runs legacy.js first of our scripts, then office.js from Microsoft's CDN, and nothing else by tag", () => {
    expect(scripts().map((t) => t.attrs["src"])).toEqual(["legacy.js", OFFICE_JS_CDN]);
  });

  it("leaves the bundle to legacy.js: data-bundle lists the pane's scripts, each a file in dist/", () => {
    const boot = scripts()[0]!;
    const bundle = (boot.attrs["data-bundle"] ?? "").split(" ");
    expect(bundle.some((s) => /^taskpane\.[0-9a-f]{8}\.js$/.test(s))).toBe(true);
    for (const s of bundle) expect(fs.existsSync(path.join(out, s))).toBe(true);
    expect(bundle.some((s) => /exceljs/.test(s))).toBe(false);
    expect(fs.existsSync(path.join(out, boot.attrs["data-probe"] ?? ""))).toBe(true);
  });

  it("has a CSP allowing the CDN's origin for scripts and nothing else remote", () => {
    const meta = findTags(read("taskpane.html"), "meta").find(
      (t) => t.attrs["http-equiv"]?.toLowerCase() === "content-security-policy"
    );
    const directives = new Map(
      (meta?.attrs["content"] ?? "")
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name!, values] as const)
    );
    expect(directives.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    const remote = [...directives]
      .filter(([name]) => name !== "script-src")
      .flatMap(([, values]) => values.filter((v) => /:\/\/|^\*|^https?:$/.test(v)));
    expect(remote).toEqual([]);
  });

  it("production ships no local office.js (only development serves dist/office)", () => {
    expect(fs.existsSync(path.join(out, "office"))).toBe(false);
  });
});

describe("dist/legacy.js, dist/legacy-page.js and dist/probe.js", () => {
  it("legacy.js and legacy-page.js are ES5 (acorn, ecmaVersion 5) and are src/legacy built with their words", () => {
    const code = read("legacy.js");
    expect(() => acorn.parse(code, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    expect(code).toBe(deploy.legacyScript());
    expect(code).toContain(LEGACY_TEXT.vi.title);
    const page = read("legacy-page.js");
    expect(() => acorn.parse(page, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    expect(page).toBe(deploy.legacyPageScript());
    const boot = findTags(read("taskpane.html"), "script")[0]!;
    expect(boot.attrs["data-page"]).toBe("legacy-page.js");
  });

  it("probe.js needs ES2022, and no production script needs more (else the probe would let it fail)", () => {
    const probe = read("probe.js");
    expect(() => acorn.parse(probe, { ecmaVersion: 2021 })).toThrow();
    expect(() => acorn.parse(probe, { ecmaVersion: 2022 })).not.toThrow();
    const tooNew: string[] = [];
    for (const f of listFiles(out).filter((f) => f.endsWith(".js"))) {
      try {
        acorn.parse(fs.readFileSync(f, "utf8"), { ecmaVersion: 2022, sourceType: "script" });
      } catch (e) {
        tooNew.push(`${path.basename(f)}: ${(e as Error).message}`);
      }
    }
    expect(tooNew).toEqual([]);
  });
});

describe("the web app (index.html) needs no network", () => {
  it("loads no office.js and no remote script", () => {
    const srcs = findTags(read("index.html"), "script").map((t) => t.attrs["src"] ?? "");
    expect(srcs.length).toBeGreaterThan(0);
    for (const s of srcs) {
      expect(s).not.toMatch(/office/i);
      expect(s).not.toMatch(/^([a-z]+:)?\/\//i);
    }
  });
});

describe("dist/sw.js, the web app's offline cache", () => {
  const listed = (): string[] => {
    const m = /var FILES = (\[[\s\S]*?\]);/.exec(read("sw.js"));
    return JSON.parse(m?.[1] ?? "[]") as string[];
  };

  it("keeps the web app page and every script it loads, each a file in dist/", () => {
    const files = listed();
    const scripts = findTags(read("index.html"), "script").map((t) => t.attrs["src"] ?? "");
    expect(files).toEqual(expect.arrayContaining(["index.html", ...scripts]));
    expect(files.some((f) => /^exceljs\./.test(f))).toBe(true); // the lazily loaded .xlsx reader too
    for (const f of files)
      expect({ f, exists: fs.existsSync(path.join(out, f)) }).toEqual({ f, exists: true });
  });

  it("keeps nothing of the task pane, the support page or the contact file (they always go to the network)", () => {
    const files = listed();
    const bundle = (findTags(read("taskpane.html"), "script")[0]?.attrs["data-bundle"] ?? "").split(
      " "
    );
    const paneOnly = bundle.filter(
      (f) => !findTags(read("index.html"), "script").some((t) => t.attrs["src"] === f)
    );
    expect(paneOnly.length).toBeGreaterThan(0);
    for (const f of [
      ...paneOnly,
      "taskpane.html",
      "legacy.js",
      "legacy-page.js",
      "probe.js",
      "lien-he.js",
      "ho-tro.html",
      "manifest.xml",
    ])
      expect(files).not.toContain(f);
  });

  it("has a cache name made of this build's files, and the page names the worker relative to itself", () => {
    expect(read("sw.js")).toMatch(/var CACHE = "giamngheo-[0-9a-f]{12}";/);
    const root = findTags(read("index.html"), "div").find((t) => t.attrs["id"] === "root");
    expect(root?.attrs["data-service-worker"]).toBe("sw.js");
    expect(read("taskpane.html")).not.toContain("sw.js");
  });
});

describe("taskpane.html in Chromium (outside Office)", () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    server = await serveDir(out);
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
      headless: true,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  type Run = { requests: string[]; text: string; legacy: boolean; errors: string[] };

  /** Open the pane with `setup` applied; wait until #root shows something; report what it requested. */
  async function open(setup: (page: Page) => Promise<unknown>): Promise<Run> {
    const context = await browser.newContext({ locale: "vi-VN" });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => errors.push(e.message));
    try {
      await setup(page);
      await page.goto(`${server.url}/taskpane.html`, { waitUntil: "load" });
      // Until the pane settles on one of its pages (the spinner shows while office.js answers).
      await page.waitForFunction(
        (titles) => titles.some((t) => document.getElementById("root")?.textContent?.includes(t)),
        [uiText("vi", "notInExcelTitle"), LEGACY_TEXT.vi.title],
        { timeout: 60_000 }
      );
      await page.waitForLoadState("networkidle");
      const text = await page.locator("#root").innerText();
      const legacy = (await page.locator("#giamngheo-legacy").count()) > 0;
      return { requests, text, legacy, errors };
    } finally {
      await context.close();
    }
  }

  /** The CDN's folder answered from the npm copy (office.js also fetches o15apptofilemappingtable.js there). */
  const cdnFromNpm = (page: Page): Promise<unknown> =>
    page.route(`${CDN_DIR}**`, (route) => {
      const file = path.join(OFFICE_JS_LOCAL_DIR, route.request().url().slice(CDN_DIR.length));
      return fs.existsSync(file) ? route.fulfill({ path: file }) : route.abort();
    });
  const bundleRequests = (r: Run) =>
    r.requests.filter((u) => /\/(taskpane|\d+)\.[0-9a-f]{8}\.js$/.test(u));

  it("a modern runtime: the bundle loads and, outside Office, shows the friendly page", async () => {
    const r = await open(cdnFromNpm);
    expect(r.legacy).toBe(false);
    expect(r.text).toContain(uiText("vi", "notInExcelTitle"));
    expect(bundleRequests(r).length).toBeGreaterThan(0);
    expect(r.requests).toContain(OFFICE_JS_CDN);
    expect(r.requests.filter((u) => !u.startsWith(server.url) && !u.startsWith(CDN_DIR))).toEqual(
      []
    );
    expect(r.errors).toEqual([]);
  });

  it("the CDN unreachable (offline, blocked): still the friendly page, never blank", async () => {
    const r = await open((page) => page.route(`${CDN_DIR}**`, (route) => route.abort()));
    expect(r.legacy).toBe(false);
    expect(r.text).toContain(uiText("vi", "notInExcelTitle"));
    expect(r.errors).toEqual([]);
  });

  it("an old runtime (an API React 19 needs is missing): the Vietnamese page, no bundle requested", async () => {
    const r = await open(async (page) => {
      await cdnFromNpm(page);
      await page.addInitScript(() => {
        delete (Object as { hasOwn?: unknown }).hasOwn;
      });
    });
    expect(r.legacy).toBe(true);
    expect(r.text).toContain(LEGACY_TEXT.vi.title);
    expect(r.text).toContain("https://www.office.com");
    expect(bundleRequests(r)).toEqual([]);
    expect(r.requests.some((u) => u.endsWith("/probe.js"))).toBe(false);
  });

  it("old syntax (probe.js does not run, as in EdgeHTML): the Vietnamese page, no bundle requested", async () => {
    const r = await open(async (page) => {
      await cdnFromNpm(page);
      await page.route(`${server.url}/probe.js`, (route) =>
        route.fulfill({ body: "class {", contentType: "text/javascript" })
      );
    });
    expect(r.legacy).toBe(true);
    expect(r.text).toContain(LEGACY_TEXT.vi.title);
    expect(bundleRequests(r)).toEqual([]);
  });
});
