/**
 * Safety of the production build: no eval in our JavaScript, a strict Content-Security-Policy on every page,
 * and no network request from the pages except to their own origin and, for taskpane.html, office.js on
 * Microsoft's CDN (served here from the npm copy: this machine is offline). Builds with `webpack --mode
 * production` into a temp folder shared with tests/deploy (productionBuild.ts), so dist/ is never touched.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { findTags } from "../../bench/html";
import { CHROMIUM_ARGS, serveDir } from "../../bench/serveDir";
import {
  buildProductionInto,
  listFiles,
  OFFICE_JS_CDN,
  OFFICE_JS_LOCAL_DIR,
} from "./productionBuild";

jest.setTimeout(600_000);

let out: string;

beforeAll(async () => {
  out = await buildProductionInto();
});

const isOffice = (f: string): boolean => path.relative(out, f).split(path.sep)[0] === "office";

/**
 * The one known occurrence we accept: the browser builds of ExcelJS and JSZip (the web app's lazily loaded .xlsx
 * reader and writer, one "exceljs" chunk, never loaded by the pane inside Excel) carry a setImmediate polyfill that
 * wraps a *string* callback in `new Function(""+e)`; nothing passes it a string, and the CSP (no 'unsafe-eval')
 * would block it anyway.
 */
const EXCELJS_SET_IMMEDIATE = /new\s+Function\(\s*""\s*\+\s*[\w$]+\s*\)/;

describe("production JavaScript", () => {
  it("has no eval( or new Function( in any of our scripts (office.js excluded: Microsoft's, loaded as is)", () => {
    const ours = listFiles(out).filter((f) => f.endsWith(".js") && !isOffice(f));
    expect(ours.length).toBeGreaterThan(0);
    const hits: string[] = [];
    for (const f of ours) {
      const code = fs.readFileSync(f, "utf8");
      const isExcelJs = /^exceljs\./.test(path.basename(f));
      for (const re of [/(?<![\w$.])eval\s*\(/g, /\bnew\s+Function\s*\(/g]) {
        for (const m of code.matchAll(re)) {
          const around = code.slice(Math.max(0, m.index - 60), m.index + 40);
          if (isExcelJs && EXCELJS_SET_IMMEDIATE.test(code.slice(m.index, m.index + 30))) continue;
          hits.push(`${path.relative(out, f)}: …${around}…`);
        }
      }
    }
    expect(hits).toEqual([]);
  });
});

type Csp = Map<string, string[]>;

function parseCsp(content: string): Csp {
  const csp: Csp = new Map();
  for (const part of content.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) csp.set(name.toLowerCase(), values);
  }
  return csp;
}

/** The one origin outside our own any page may load from: office.js on Microsoft's CDN (taskpane.html only). */
const OFFICE_ORIGINS = ["https://appsforoffice.microsoft.com"];

describe("every HTML page has a strict Content-Security-Policy", () => {
  it("pages exist", () => {
    const pages = listFiles(out).filter((f) => f.endsWith(".html") && !isOffice(f));
    expect(pages.map((p) => path.basename(p)).sort()).toEqual(
      expect.arrayContaining(["index.html", "taskpane.html"])
    );
  });

  it.each(["taskpane.html", "index.html"])("%s", (name) => {
    const html = fs.readFileSync(path.join(out, name), "utf8");
    const metas = findTags(html, "meta").filter(
      (t) => t.attrs["http-equiv"]?.toLowerCase() === "content-security-policy"
    );
    expect(metas).toHaveLength(1);
    const content = metas[0]!.attrs["content"] ?? "";
    const csp = parseCsp(content);
    const scripts = csp.get("script-src") ?? csp.get("default-src");
    expect(scripts).toBeDefined();
    expect(csp.get("default-src")).toBeDefined();
    expect(content).not.toContain("unsafe-eval");
    expect(scripts).not.toContain("'unsafe-inline'");
    for (const src of scripts!) {
      const allowed =
        src === "'self'" ||
        src === "'none'" ||
        OFFICE_ORIGINS.includes(src) ||
        /^'(nonce|sha256)-/.test(src);
      expect({ src, allowed }).toEqual({ src, allowed: true });
    }
    expect(csp.get("object-src")).toEqual(["'none'"]);
    // No wildcard, bare scheme or remote host in any directive (office.js's origin aside).
    for (const [directive, sources] of csp) {
      for (const src of sources) {
        const remote =
          /^\*|^(https?|wss?|ftp):(\/\/.*)?$|\*/.test(src) && !OFFICE_ORIGINS.includes(src);
        expect({ directive, src, remote }).toEqual({ directive, src, remote: false });
      }
    }
    // No inline scripts to need 'unsafe-inline', and every script is local but office.js from the CDN.
    const tags = findTags(html, "script");
    expect(tags.length).toBeGreaterThan(0);
    const remote: string[] = [];
    for (const t of tags) {
      const src = t.attrs["src"];
      expect({ src, inline: t.body.trim() }).toEqual({ src: expect.any(String), inline: "" });
      if (/^([a-z]+:)?\/\//i.test(src!)) remote.push(src!);
    }
    expect(remote).toEqual(name === "taskpane.html" ? [OFFICE_JS_CDN] : []);
    if (name === "index.html") expect(scripts).toEqual(["'self'"]);
  });
});

describe("the pages make no network request outside their own origin", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
      headless: true,
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(["index.html", "taskpane.html"])("%s", async (name) => {
    const server = await serveDir(out);
    const context = await browser.newContext();
    await serveOfficeJsFromNpm(context);
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    try {
      await page.goto(`${server.url}/${name}`, { waitUntil: "load" });
      // The pane must render (outside Office, office.js resolves onReady with host null): wait for its text.
      await page.waitForFunction(
        () => (document.getElementById("root")?.textContent ?? "").trim().length > 0,
        null,
        {
          timeout: 60_000,
        }
      );
      await page.waitForLoadState("networkidle");
      // Use the page a little so lazily loaded chunks (the web app's ExcelJS) are requested too.
      const buttons = await page.$$("button:not([disabled])");
      for (const b of buttons.slice(0, 5)) await b.click({ timeout: 2_000 }).catch(() => undefined);
      await page.waitForLoadState("networkidle");
    } finally {
      await context.close();
      await server.close();
    }
    const outside = requests.filter(
      (u) => !u.startsWith(`${server.url}/`) && !/^(data|blob):/.test(u)
    );
    // office.js, and what it loads itself from the same CDN folder (its host's scripts; outside Office its
    // file mapping table): nothing else.
    const cdnDir = OFFICE_JS_CDN.replace(/office\.js$/, "");
    if (name === "taskpane.html") {
      expect(outside[0]).toBe(OFFICE_JS_CDN);
      expect(outside.filter((u) => !u.startsWith(cdnDir))).toEqual([]);
    } else expect(outside).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    // The vendored ExcelJS build is for the web app only: the pane inside Excel never loads it.
    if (name === "taskpane.html")
      expect(requests.filter((u) => /\/exceljs\.[^/]*\.js$/.test(u))).toEqual([]);
  });
});

/** Answer the CDN's URLs from the npm copy of the same files (this machine has no network). */
async function serveOfficeJsFromNpm(context: BrowserContext): Promise<void> {
  const base = OFFICE_JS_CDN.replace(/office\.js$/, "");
  await context.route(`${base}**`, async (route) => {
    const file = path.join(OFFICE_JS_LOCAL_DIR, route.request().url().slice(base.length));
    if (!file.startsWith(OFFICE_JS_LOCAL_DIR) || !fs.existsSync(file)) return route.abort();
    return route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
  });
}
