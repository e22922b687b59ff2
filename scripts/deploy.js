/**
 * What the production build needs besides webpack (used by webpack.config.js and by the tests, so both see the
 * same code): the public address the add-in is served from, the manifest rewritten for it, and dist/legacy.js.
 *
 * - `publicUrl(raw)`: PUBLIC_URL normalised (https only, no query or fragment, always ending in "/").
 * - `manifestFor(xml, url)`: the dev manifest (every URL under https://localhost:3000/) pointed at `url`, with
 *   package.json's version (the templating itself is src/release/manifest.js, which tao-manifest.html also runs).
 * - `legacyScript()`: src/legacy/legacy.js wrapped with the page's titles (src/legacy/messages.json), checked ES5.
 * - `legacyPageScript()`: dist/legacy-page.js, the page legacy.js fetches in an old runtime, with its words (ES5).
 * - `contactScript()`: dist/lien-he.js, the support page's contact reader (ES5).
 * - `releaseModule(file)`: a module of src/release with its words (src/release/messages/), for a page script.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
/** Microsoft's CDN copy of office.js (Office docs: "Referencing the Office JavaScript API library"). */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LEGACY_DIR = path.join(ROOT, "src/legacy");

const manifest = require("../src/release/manifest");

const { DEV_URL, EXAMPLE_URL } = manifest;

class PublicUrlError extends Error {}

/** PUBLIC_URL as the build uses it, or a PublicUrlError saying (in Vietnamese and English) what is wrong. */
function publicUrl(raw) {
  const value = (raw === undefined ? "" : String(raw)).trim();
  if (value === "") return DEV_URL;
  try {
    return manifest.normaliseAddress(value);
  } catch (e) {
    if (!(e instanceof manifest.AddressError)) throw e;
    throw new PublicUrlError(
      `PUBLIC_URL="${value}": ${e.vi} / ${e.en}. Ví dụ / example: PUBLIC_URL=${EXAMPLE_URL} npm run build`
    );
  }
}

/** package.json's version: dist/manifest.xml and the release say it. */
function packageVersion() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
}

/** The dev manifest pointed at `url`, with package.json's version (src/release/manifest.js, shared with the release). */
function manifestFor(xml, url, version = packageVersion()) {
  return manifest.manifestFor(xml, url, version);
}

const RELEASE_DIR = path.join(ROOT, "src/release");

/** An ES5 script checked with acorn (ecmaVersion 5): a let/arrow/template literal fails the build, not an old Excel. */
function checkedEs5(code, what) {
  const acorn = require("acorn");
  try {
    acorn.parse(code, { ecmaVersion: 5, sourceType: "script" });
  } catch (e) {
    throw new Error(`${what} is not ES5: ${e.message}`);
  }
  return code;
}

/** A words file of src/release (`messages/page.json`: tao-manifest.html's), parsed. */
function releaseWords(file) {
  return JSON.parse(fs.readFileSync(path.join(RELEASE_DIR, file), "utf8"));
}

/** A value as an ES5 literal for an inline script: "<" escaped, so no "</script>" in a word can end the script. */
function scriptLiteral(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/**
 * A CommonJS module of src/release (contact.js, manifest.js) as an ES5 expression giving its exports, no global
 * set: it gets its own `module` and a `require` that gives the words files it requires (./messages/*.json), the
 * only files it may require; each page carries just the words of the modules it holds.
 */
function releaseModule(file) {
  const body = fs.readFileSync(path.join(RELEASE_DIR, file), "utf8");
  const words = {};
  for (const m of body.matchAll(/\brequire\(\s*(["'])(.*?)\1\s*\)/g)) {
    if (!/^\.\/messages\/[\w-]+\.json$/.test(m[2]))
      throw new Error(
        `src/release/${file} requires ${m[2]}: a page script can only be given its words (./messages/*.json)`
      );
    words[m[2]] = releaseWords(m[2]);
  }
  return (
    `(function (FILES) {\nvar module = { exports: {} };\nfunction require(name) { return FILES[name]; }\n` +
    `${body}\nreturn module.exports;\n})(${scriptLiteral(words)})`
  );
}

function legacyWords() {
  return JSON.parse(fs.readFileSync(path.join(LEGACY_DIR, "messages.json"), "utf8"));
}

/**
 * `code` (ES5) without its comments, each replaced by what keeps the code's tokens and lines apart (a space, or
 * the line breaks it spanned), found by acorn so that no "//" or "/*" inside a string is touched.
 */
function withoutComments(code) {
  const acorn = require("acorn");
  const comments = [];
  acorn.parse(code, {
    ecmaVersion: 5,
    sourceType: "script",
    onComment: (_block, _text, start, end) => comments.push([start, end]),
  });
  let out = "";
  let at = 0;
  for (const [start, end] of comments) {
    const breaks = code.slice(start, end).match(/\n/g);
    out += code.slice(at, start) + (breaks ? breaks.join("") : " ");
    at = end;
  }
  out += code.slice(at);
  return out
    .split("\n")
    .map((line) => line.replace(/\s+$/, ""))
    .filter((line) => line !== "")
    .join("\n");
}

/**
 * dist/legacy.js: the ES5 boot script every task pane runs first, with the page's title in each language (for when
 * legacy-page.js cannot be fetched), checked to be ES5. It holds nothing else, and no comments (src/legacy/legacy.js
 * has them): it is part of the pane's first load.
 */
function legacyScript() {
  const body = withoutComments(fs.readFileSync(path.join(LEGACY_DIR, "legacy.js"), "utf8"));
  const words = legacyWords();
  const titles = { vi: words.vi.title, en: words.en.title };
  const code =
    `/* Trợ lý Giảm nghèo: legacy.js, ES5 (built from src/legacy by scripts/deploy.js). */\n` +
    `(function (TITLE) {\n"use strict";\n${body}\n})(${scriptLiteral(titles)});\n`;
  return checkedEs5(code, "src/legacy/legacy.js");
}

/**
 * dist/legacy-page.js: the page legacy.js shows in a runtime that cannot run the pane (src/legacy/legacyPage.js)
 * with its words and the contact reader (src/legacy/contactView.js with src/release/contact.js), as one
 * self-contained ES5 script, fetched only by such a runtime.
 */
function legacyPageScript() {
  const view = fs.readFileSync(path.join(LEGACY_DIR, "contactView.js"), "utf8");
  const body = fs.readFileSync(path.join(LEGACY_DIR, "legacyPage.js"), "utf8");
  const code =
    `/* Trợ lý Giảm nghèo: legacy-page.js, ES5 (built from src/legacy by scripts/deploy.js). */\n` +
    `(function (TEXT, CONTACT) {\n"use strict";\n${view}\n${body}\n})(${JSON.stringify(legacyWords())}, ${releaseModule("contact.js")});\n`;
  return checkedEs5(code, "src/legacy/legacyPage.js");
}

/**
 * dist/lien-he.js, the support page's one script: once the page is parsed, its `<p data-help>` paragraphs name the
 * province's contact from lien-he.json (src/legacy/contactView.js). ES5: the page is read in any browser.
 */
function contactScript() {
  const view = fs.readFileSync(path.join(LEGACY_DIR, "contactView.js"), "utf8");
  const code =
    `/* Trợ lý Giảm nghèo: lien-he.js, ES5 (built from src/legacy/contactView.js by scripts/deploy.js). */\n` +
    `(function (TEXT, CONTACT) {\n"use strict";\n${view}\n` +
    `function start() { showContactIn(document.body, TEXT); }\n` +
    `if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);\n` +
    `else start();\n` +
    `})(${JSON.stringify(legacyWords())}, ${releaseModule("contact.js")});\n`;
  return checkedEs5(code, "src/legacy/contactView.js");
}

module.exports = {
  DEV_URL,
  OFFICE_JS_CDN,
  LEGACY_DIR,
  PublicUrlError,
  publicUrl,
  packageVersion,
  manifestFor,
  RELEASE_DIR,
  checkedEs5,
  releaseWords,
  scriptLiteral,
  releaseModule,
  legacyScript,
  legacyPageScript,
  contactScript,
};
