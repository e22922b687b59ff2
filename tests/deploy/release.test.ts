/**
 * `npm run release` (scripts/release.js): the zip IT deploy without Node. Packs the shared production build
 * (productionBuild.ts, `--site`) rather than building again; then, in Chromium:
 *   - tao-manifest.html opened from disk (file://), with no request of any kind: typing an address and the contact
 *     gives a schema-valid manifest.xml whose every URL is under that address (and a file of the site), with
 *     package.json's version, and lien-he.json; a wrong address or contact is refused in Vietnamese;
 *   - lien-he.json put at the site's root reaches the support page, the legacy page and the pane's help.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { findTags } from "../../bench/html";
import { CHROMIUM_ARGS, serveDir } from "../../bench/serveDir";
import { uiText } from "../../src/taskpane/messages";
import { MANIFEST_SCHEMA, ROOT } from "../paths";
import { buildProductionInto, listFiles, SAMPLE_PUBLIC_URL } from "../safety/productionBuild";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestVersion } = require("../../src/release/manifest") as {
  manifestVersion: (v: string) => string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const LEGACY_TEXT = require("../../src/legacy/messages.json") as { vi: { title: string } };

jest.setTimeout(600_000);

const VERSION = (
  JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
    version: string;
  }
).version;
const ADDRESS_TYPED = "  https://Tinh.example.gov.vn/giam-ngheo  ";
const ADDRESS = "https://tinh.example.gov.vn/giam-ngheo/";
const CONTACT = {
  donVi: "Trung tâm Công nghệ thông tin, Sở Lao động tỉnh",
  dienThoai: "0209 3852 123",
  email: "cntt@tinh.example.gov.vn",
  ghiChu: "Giờ hành chính.",
};

let work: string;
let zipPath: string;
let unpacked: string;
let site: string;
let browser: Browser;

beforeAll(async () => {
  const build = await buildProductionInto();
  work = fs.mkdtempSync(path.join(os.tmpdir(), "giamngheo-release-test-"));
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, "scripts/release.js"), "--site", build, "--out", work],
    { cwd: ROOT, encoding: "utf8" }
  );
  if (r.status !== 0) throw new Error(`release failed (${r.status}): ${r.stderr}`);
  zipPath = path.join(work, `tro-ly-giam-ngheo-${VERSION}.zip`);
  unpacked = path.join(work, "unpacked");
  const zip = await JSZip.loadAsync(fs.readFileSync(zipPath));
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    const target = path.join(unpacked, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, await entry.async("nodebuffer"));
  }
  site = path.join(unpacked, "trang-web");
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    headless: true,
  });
});

afterAll(async () => {
  await browser?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe("the zip", () => {
  it("is named by package.json's version and holds tao-manifest.html, the guide and the site", () => {
    expect(fs.existsSync(zipPath)).toBe(true);
    for (const f of [
      "tao-manifest.html",
      "DOC-TRUOC.txt",
      "huong-dan/cai-dat.md",
      "huong-dan/images/legacy-page.png",
    ])
      expect(fs.existsSync(path.join(unpacked, f))).toBe(true);
    for (const f of [
      "index.html",
      "taskpane.html",
      "ho-tro.html",
      "legacy.js",
      "legacy-page.js",
      "probe.js",
      "lien-he.js",
      "sw.js",
      "assets/icon-32.png",
    ])
      expect({ f, exists: fs.existsSync(path.join(site, f)) }).toEqual({ f, exists: true });
    for (const page of ["index.html", "taskpane.html"]) {
      const html = fs.readFileSync(path.join(site, page), "utf8");
      const srcs = findTags(html, "script").flatMap((t) =>
        [t.attrs["src"], ...(t.attrs["data-bundle"] ?? "").split(" ")].filter(
          (s): s is string => !!s && !/^https:/.test(s)
        )
      );
      expect(srcs.length).toBeGreaterThan(1);
      for (const s of srcs)
        expect({ s, exists: fs.existsSync(path.join(site, s)) }).toEqual({ s, exists: true });
    }
  });

  it("has no manifest (it belongs to an address) and no file naming the build's address: URLs are relative", () => {
    expect(fs.existsSync(path.join(site, "manifest.xml"))).toBe(false);
    expect(fs.existsSync(path.join(site, "cli"))).toBe(false);
    const host = new URL(SAMPLE_PUBLIC_URL).host;
    const naming = listFiles(site)
      .filter((f) => /\.(html|js|json|txt)$/.test(f))
      .filter((f) => fs.readFileSync(f, "utf8").includes(host));
    expect(naming).toEqual([]);
  });

  it("refuses a version Office cannot write in a manifest, in one line", () => {
    expect(() => manifestVersion("1.2.0-beta.1")).toThrow(/three numbers/);
    expect(manifestVersion(VERSION)).toMatch(/^\d+\.\d+\.\d+\.0$/);
  });
});

describe("tao-manifest.html, opened from disk", () => {
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    context = await browser.newContext({ acceptDownloads: true, locale: "vi-VN" });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    await page.goto(`file://${path.join(unpacked, "tao-manifest.html")}`);
  });
  afterAll(async () => {
    await context?.close();
  });

  async function fill(address: string, contact: Partial<typeof CONTACT>): Promise<void> {
    await page.getByLabel("Địa chỉ HTTPS của trang Trợ lý").fill(address);
    await page.getByLabel("Đơn vị hỗ trợ").fill(contact.donVi ?? "");
    await page.getByLabel("Số điện thoại").fill(contact.dienThoai ?? "");
    await page.getByLabel("Thư điện tử").fill(contact.email ?? "");
    await page.getByLabel("Ghi chú (không bắt buộc)").fill(contact.ghiChu ?? "");
    await page.getByRole("button", { name: "Tạo manifest.xml và lien-he.json" }).click();
  }

  async function download(linkName: string): Promise<string> {
    const [d] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: linkName }).click(),
    ]);
    const file = path.join(work, d.suggestedFilename());
    await d.saveAs(file);
    return file;
  }

  it("an http:// address is refused beside the field, in Vietnamese, and nothing is offered", async () => {
    await fill("http://tinh.example.gov.vn/giam-ngheo/", CONTACT);
    const address = page.getByLabel("Địa chỉ HTTPS của trang Trợ lý");
    expect(await address.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#dia-chi-loi").innerText()).toMatch(/phải bắt đầu bằng https:\/\//);
    expect(await page.getByRole("alert").innerText()).toMatch(/Chưa tạo được/);
    expect(await page.locator("#ket-qua").isHidden()).toBe(true);
  });

  it.each([
    ["tinh.example.gov.vn/giam-ngheo", "dia-chi", /địa chỉ web đầy đủ/],
    ["https://tinh.example.gov.vn/?a=1", "dia-chi", /\? hoặc #/],
  ])("%s is refused (%s)", async (typed, field, why) => {
    await fill(typed, CONTACT);
    expect(await page.locator(`#${field}-loi`).innerText()).toMatch(why);
    expect(await page.locator("#ket-qua").isHidden()).toBe(true);
  });

  it("contact details that cannot reach anyone are refused, each beside its field", async () => {
    await fill(ADDRESS, { donVi: "", dienThoai: "gọi bộ phận", email: "" });
    expect(await page.locator("#don-vi-loi").innerText()).toMatch(/tên đơn vị/);
    expect(await page.locator("#dien-thoai-loi").innerText()).toMatch(/Số điện thoại chỉ gồm/);
    expect(await page.locator("#ket-qua").isHidden()).toBe(true);
  });

  it("an address and the contact give a schema-valid manifest, every URL under the address, and lien-he.json", async () => {
    await fill(ADDRESS_TYPED, CONTACT);
    await page.locator("#ket-qua").waitFor({ state: "visible" });
    expect(await page.getByLabel("Địa chỉ HTTPS của trang Trợ lý").inputValue()).toBe(ADDRESS);
    const manifest = await download("Tải manifest.xml");
    expect(() =>
      execFileSync("xmllint", ["--noout", "--schema", MANIFEST_SCHEMA, manifest], { stdio: "pipe" })
    ).not.toThrow();
    const xml = fs.readFileSync(manifest, "utf8").replace(/<!--[\s\S]*?-->/g, "");
    expect(xml).toContain(`<Version>${manifestVersion(VERSION)}</Version>`);
    const urls = [...xml.matchAll(/https:\/\/[^"<\s]+/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThanOrEqual(8);
    const origin = new URL(ADDRESS).origin;
    for (const u of urls) {
      if (u === origin) continue; // the AppDomain, checked below
      expect(u.startsWith(ADDRESS)).toBe(true);
      const file = path.join(site, decodeURIComponent(u.slice(ADDRESS.length)));
      expect({ u, exists: fs.existsSync(file) }).toEqual({ u, exists: true });
    }
    expect(xml).toContain(`<SupportUrl DefaultValue="${ADDRESS}ho-tro.html"/>`);
    expect(xml).toContain(`<IconUrl DefaultValue="${ADDRESS}assets/icon-32.png"/>`);
    expect([...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1])).toEqual([
      origin,
    ]);

    const contact = await download("Tải lien-he.json");
    expect(path.basename(contact)).toBe("lien-he.json");
    expect(JSON.parse(fs.readFileSync(contact, "utf8"))).toEqual(CONTACT);
  });

  it("made no request but the page itself and its own downloads (no network)", () => {
    expect(requests.filter((u) => !/^(file|blob):/.test(u))).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe("lien-he.json at the site's root reaches every page that names a contact", () => {
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    fs.writeFileSync(path.join(site, "lien-he.json"), JSON.stringify(CONTACT));
    server = await serveDir(site);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
    const context = await browser.newContext({ locale: "vi-VN" });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    try {
      return await fn(page);
    } finally {
      await context.close();
    }
  }

  it("the support page (ho-tro.html)", async () => {
    const text = await withPage(async (page) => {
      await page.goto(`${server.url}/ho-tro.html`);
      const vi = page.locator('p[data-help="vi"]');
      await vi.getByRole("link", { name: CONTACT.dienThoai }).waitFor();
      return vi.innerText();
    });
    expect(text).toBe(
      `Cần giúp đỡ, hãy liên hệ ${CONTACT.donVi}, điện thoại ${CONTACT.dienThoai}, thư điện tử ${CONTACT.email}. ${CONTACT.ghiChu}`
    );
  });

  it("the legacy page (an old runtime in Excel), which also sends the officer to the web app", async () => {
    const { text, webApp } = await withPage(async (page) => {
      await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
      await page.addInitScript(() => {
        delete (Object as { hasOwn?: unknown }).hasOwn;
      });
      await page.goto(`${server.url}/taskpane.html`);
      await page.getByText(LEGACY_TEXT.vi.title).first().waitFor();
      await page.getByRole("link", { name: CONTACT.email }).first().waitFor();
      return {
        text: await page.locator("#giamngheo-legacy").innerText(),
        webApp: await page.getByRole("link", { name: `${server.url}/index.html` }).count(),
      };
    });
    expect(text).toContain(`Cần giúp đỡ, hãy liên hệ ${CONTACT.donVi}`);
    expect(webApp).toBe(2); // in the Vietnamese and the English part
  });

  it("the pane's help (Giới thiệu và hỗ trợ) in the web app", async () => {
    const text = await withPage(async (page) => {
      await page.goto(`${server.url}/index.html`);
      await page.getByText("A5:I14").waitFor();
      await page.getByRole("button", { name: uiText("vi", "helpArea") }).click();
      const link = page.getByRole("link", { name: CONTACT.email });
      await link.waitFor();
      return link.locator("xpath=..").innerText();
    });
    expect(text).toContain(`Cần giúp đỡ, hãy liên hệ ${CONTACT.donVi}`);
  });
});
