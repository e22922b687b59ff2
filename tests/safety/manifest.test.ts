/** The add-in asks Office for no more than it needs: at most ReadWriteDocument, and only local/HTTPS pages. */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { MANIFEST_SCHEMA } from "../paths";

const MANIFEST = path.resolve(__dirname, "../../manifest.xml");

/** Task-pane permission levels, weakest first (Office add-in manifest schema, PermissionsTaskPaneApp). */
const LEVELS = [
  "Restricted",
  "ReadDocument",
  "ReadAllDocument",
  "WriteDocument",
  "ReadWriteDocument",
];

function xpath(expr: string): string {
  try {
    return execFileSync("xmllint", ["--xpath", expr, MANIFEST], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch {
    return "";
  }
}

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(fs.existsSync(MANIFEST)).toBe(true);
    expect(() => execFileSync("xmllint", ["--noout", MANIFEST], { stdio: "pipe" })).not.toThrow();
  });

  it("declares exactly one Permissions element, at most ReadWriteDocument", () => {
    expect(xpath("count(//*[local-name()='Permissions'])").trim()).toBe("1");
    const permission = xpath("string(//*[local-name()='Permissions'])").trim();
    expect(LEVELS).toContain(permission);
    expect(LEVELS.indexOf(permission)).toBeLessThanOrEqual(LEVELS.indexOf("ReadWriteDocument"));
  });

  it("asks for no mailbox or other elevated permission anywhere", () => {
    const text = fs.readFileSync(MANIFEST, "utf8").replace(/<!--[\s\S]*?-->/g, "");
    expect(text).not.toMatch(/ReadWriteMailbox|ReadMailbox|ReadItem|ReadWriteItem/);
  });

  it("points every page at HTTPS or localhost, never plain HTTP elsewhere", () => {
    const text = fs.readFileSync(MANIFEST, "utf8").replace(/<!--[\s\S]*?-->/g, "");
    const urls = [...text.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map(
      (m) => m[1]!
    );
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) expect(u).toMatch(/^https:\/\/|^http:\/\/(localhost|127\.0\.0\.1)[:/]/);
  });

  it("is valid against the manifest schemas (element order included)", () => {
    expect(() =>
      execFileSync("xmllint", ["--noout", "--schema", MANIFEST_SCHEMA, MANIFEST], { stdio: "pipe" })
    ).not.toThrow();
  });

  it("is the development manifest: every address under https://localhost:3000/, a SupportUrl among them", () => {
    const text = fs.readFileSync(MANIFEST, "utf8").replace(/<!--[\s\S]*?-->/g, "");
    const urls = [...text.matchAll(/https?:\/\/[^"<\s]+/g)]
      .map((m) => m[0])
      .filter((u) => !u.startsWith("http://schemas.") && !u.startsWith("http://www.w3.org/"));
    expect(urls.filter((u) => !u.startsWith("https://localhost:3000"))).toEqual([]);
    expect(xpath("string(//*[local-name()='SupportUrl']/@DefaultValue)").trim()).toBe(
      "https://localhost:3000/ho-tro.html"
    );
  });
});
