/** The add-in asks Office for no more than it needs: at most ReadWriteDocument, and only local/HTTPS pages. */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

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
});
