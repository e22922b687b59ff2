/** PUBLIC_URL, as the build normalises it, and the dev manifest rewritten for it (scripts/deploy.js). */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { MANIFEST_SCHEMA, ROOT } from "../paths";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const deploy = require("../../scripts/deploy") as {
  DEV_URL: string;
  PublicUrlError: new (m: string) => Error;
  publicUrl: (raw: string | undefined) => string;
  manifestFor: (xml: string, url: string, version?: string) => string;
  packageVersion: () => string;
};

const DEV_MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

describe("PUBLIC_URL", () => {
  it.each([
    [undefined, "https://localhost:3000/"],
    ["", "https://localhost:3000/"],
    ["https://giamngheo.example.gov.vn/addin/", "https://giamngheo.example.gov.vn/addin/"],
    ["https://giamngheo.example.gov.vn/addin", "https://giamngheo.example.gov.vn/addin/"],
    ["  https://Example.GOV.vn  ", "https://example.gov.vn/"],
    ["https://example.gov.vn:8443/a/b", "https://example.gov.vn:8443/a/b/"],
  ])("%j → %s", (raw, expected) => {
    expect(deploy.publicUrl(raw)).toBe(expected);
  });

  it.each([
    ["http://example.gov.vn/addin/", "https"],
    ["example.gov.vn/addin/", "URL"],
    ["https://example.gov.vn/addin/?v=1", "query"],
    ["https://example.gov.vn/addin/#x", "query"],
    ["https://user:pw@example.gov.vn/", "credentials"],
  ])("%s is refused, saying why (%s) and giving an example", (raw, why) => {
    expect(() => deploy.publicUrl(raw)).toThrow(deploy.PublicUrlError);
    expect(() => deploy.publicUrl(raw)).toThrow(new RegExp(`${why}[\\s\\S]*npm run build`));
  });

  it("a refused PUBLIC_URL stops the build with one line and exit code 2, before any work", () => {
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production"],
      {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, PUBLIC_URL: "http://giamngheo.example.gov.vn/" },
      }
    );
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^PUBLIC_URL="http:\/\/giamngheo\.example\.gov\.vn\/": .*https/);
  });
});

describe("the manifest for a PUBLIC_URL", () => {
  const url = "https://tinh.example.gov.vn/tro-ly/";
  const built = deploy.manifestFor(DEV_MANIFEST, url);

  it("moves every address, leaves no localhost, and sets the AppDomain to the origin", () => {
    expect(built).not.toMatch(/localhost/);
    expect(built).toContain(`<SourceLocation DefaultValue="${url}taskpane.html"/>`);
    expect(built).toContain(`<SupportUrl DefaultValue="${url}ho-tro.html"/>`);
    expect(built).toContain("<AppDomain>https://tinh.example.gov.vn</AppDomain>");
    const count = (xml: string, s: string) => xml.split(s).length - 1;
    expect(count(built, url)).toBe(count(DEV_MANIFEST, deploy.DEV_URL));
  });

  it("the default address keeps the dev manifest as it is", () => {
    expect(deploy.manifestFor(DEV_MANIFEST, deploy.DEV_URL)).toBe(DEV_MANIFEST);
  });

  it("is schema-valid, as the dev manifest is", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "giamngheo-manifest-"));
    try {
      const file = path.join(dir, "manifest.xml");
      fs.writeFileSync(file, built);
      for (const f of [file, path.join(ROOT, "manifest.xml")])
        expect(() =>
          execFileSync("xmllint", ["--noout", "--schema", MANIFEST_SCHEMA, f], { stdio: "pipe" })
        ).not.toThrow();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("says package.json's version (four numbers), or the one given", () => {
    const [a, b, c] = deploy.packageVersion().split(".");
    expect(built).toContain(`<Version>${a}.${b}.${c}.0</Version>`);
    expect(deploy.manifestFor(DEV_MANIFEST, url, "2.13.0")).toContain(
      "<Version>2.13.0.0</Version>"
    );
    expect(() => deploy.manifestFor(DEV_MANIFEST, url, "2.13.0-beta.1")).toThrow(/three numbers/);
  });

  it("refuses a manifest with an address it would not move", () => {
    const odd = DEV_MANIFEST.replace(
      "<Permissions>",
      '<!-- x --><Permissions data="https://localhost:4000/x">'
    );
    expect(() => deploy.manifestFor(odd, url)).toThrow(/localhost/);
  });
});
