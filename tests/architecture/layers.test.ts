/**
 * The layer rules of STYLE.md, checked mechanically over the source tree:
 * core imports nothing outside core (and no node/DOM/Office packages), excel never imports taskpane,
 * only src/excel (and the taskpane's entry) may name the Excel/Office globals, and no Vietnamese
 * sentence is written inline outside src/core/messages.
 */
import * as fs from "fs";
import * as path from "path";

const SRC = path.resolve(__dirname, "../../src");

function listSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return listSources(p);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !p.includes("__tests__") ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const specs: string[] = [];
  const re = /(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g;
  for (const m of text.matchAll(re)) specs.push((m[1] ?? m[2] ?? m[3]) as string);
  return specs;
}

function layerOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0] as string;
}

function resolvedLayer(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const target = path.resolve(path.dirname(from), spec);
  return target.startsWith(SRC + path.sep) ? layerOf(target + (path.extname(target) ? "" : ".ts")) : "outside";
}

const files = listSources(SRC);

test("there is source to check", () => {
  expect(files.some((f) => layerOf(f) === "core")).toBe(true);
});

test("core imports only core and small pure libraries", () => {
  const bad: string[] = [];
  for (const f of files.filter((f) => layerOf(f) === "core")) {
    for (const spec of importsOf(f)) {
      const layer = resolvedLayer(f, spec);
      if (layer !== null && layer !== "core") bad.push(`${path.relative(SRC, f)} -> ${spec}`);
      if (layer === null && /^(fs|path|os|child_process|node:|react|react-dom|@fluentui|exceljs|@microsoft)/.test(spec)) {
        bad.push(`${path.relative(SRC, f)} -> ${spec}`);
      }
    }
  }
  expect(bad).toEqual([]);
});

test("excel and xlsx hosts never import the task pane or the CLI", () => {
  const bad: string[] = [];
  for (const f of files.filter((f) => ["excel", "xlsx"].includes(layerOf(f)))) {
    for (const spec of importsOf(f)) {
      const layer = resolvedLayer(f, spec);
      if (layer === "taskpane" || layer === "cli") bad.push(`${path.relative(SRC, f)} -> ${spec}`);
    }
  }
  expect(bad).toEqual([]);
});

test("only src/excel and the pane's entry point name the Excel/Office globals", () => {
  const bad: string[] = [];
  for (const f of files.filter((f) => layerOf(f) !== "excel")) {
    const rel = path.relative(SRC, f);
    if (/^taskpane[\\/](index|officeEntry)\.tsx?$/.test(rel)) continue;
    const code = fs.readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    if (/\b(Excel|Office)\.[A-Za-z]/.test(code.replace(/["'`][^"'`\n]*["'`]/g, ""))) bad.push(rel);
  }
  expect(bad).toEqual([]);
});

test("no Vietnamese sentence is written inline outside src/core/messages", () => {
  // Letters only Vietnamese uses (with their tone marks); a message written inline would contain them.
  const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
  const bad: string[] = [];
  for (const f of files) {
    const rel = path.relative(SRC, f);
    if (rel.startsWith(path.join("core", "messages"))) continue;
    const code = fs.readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    const lines = code.split("\n").filter((l) => vietnamese.test(l));
    // Header vocabulary for detection lives in core data tables, which are word lists, not sentences.
    if (lines.length > 0 && !rel.startsWith("core")) bad.push(`${rel}: ${lines[0]?.trim()}`);
  }
  expect(bad).toEqual([]);
});
