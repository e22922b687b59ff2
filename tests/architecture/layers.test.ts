/**
 * What no lint rule says: no Vietnamese sentence is written inline outside the message modules, and no type
 * outside src/excel names the Office.js namespaces. The layer rules
 * (import zones, core's pure imports, the Office.js globals) are ESLint's, in eslint.config.mjs.
 */
import * as fs from "fs";
import * as path from "path";

const SRC = path.resolve(__dirname, "../../src");

function listSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return listSources(p);
    // .js too: src/legacy/legacy.js (ES5, not bundled) keeps its words in src/legacy/messages.json.
    return /\.(ts|tsx|js)$/.test(e.name) &&
      !/\.test\.tsx?$/.test(e.name) &&
      !p.includes("__tests__")
      ? [p]
      : [];
  });
}

function layerOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0] as string;
}

const files = listSources(SRC);

test("there is source to check", () => {
  expect(files.some((f) => layerOf(f) === "core")).toBe(true);
});

// ESLint's no-restricted-globals sees values only; this also catches types such as `Excel.Range`.
test("only src/excel and the pane's entry point name the Excel/Office namespaces, in values or types", () => {
  const bad: string[] = [];
  for (const f of files.filter((f) => layerOf(f) !== "excel")) {
    const rel = path.relative(SRC, f);
    if (/^taskpane[\\/](index|officeEntry)\.tsx?$/.test(rel)) continue;
    const code = fs.readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    if (/\b(Excel|Office)\.[A-Za-z]/.test(code.replace(/["'`][^"'`\n]*["'`]/g, ""))) bad.push(rel);
  }
  expect(bad).toEqual([]);
});

test("no Vietnamese sentence is written inline outside the message modules", () => {
  // Letters only Vietnamese uses (with their tone marks); a message written inline would contain them.
  const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
  const bad: string[] = [];
  for (const f of files) {
    const rel = path.relative(SRC, f);
    // Each audience's words live with it: core/messages (issues, domain), taskpane/messages, cli/messages.
    if (/(^|[\\/])messages([\\/]|\.ts$)/.test(rel)) continue;
    const code = fs.readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    const lines = code.split("\n").filter((l) => vietnamese.test(l));
    // Header vocabulary for detection lives in core data tables, which are word lists, not sentences.
    if (lines.length > 0 && !rel.startsWith("core")) bad.push(`${rel}: ${lines[0]?.trim()}`);
  }
  expect(bad).toEqual([]);
});
