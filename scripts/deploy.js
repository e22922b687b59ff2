/**
 * What the production build needs besides webpack (used by webpack.config.js and by the tests, so both see the
 * same code): the public address the add-in is served from, the manifest rewritten for it, and dist/legacy.js.
 *
 * - `publicUrl(raw)`: PUBLIC_URL normalised (https only, no query or fragment, always ending in "/").
 * - `manifestFor(xml, url)`: the dev manifest (every URL under https://localhost:3000/) pointed at `url`.
 * - `legacyScript()`: src/legacy/legacy.js wrapped with its words (src/legacy/messages.json), checked to be ES5.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
/** The dev server's address: what manifest.xml names, and the default PUBLIC_URL. */
const DEV_URL = "https://localhost:3000/";
/** Microsoft's CDN copy of office.js (Office docs: "Referencing the Office JavaScript API library"). */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LEGACY_DIR = path.join(ROOT, "src/legacy");

class PublicUrlError extends Error {}

/** PUBLIC_URL as the build uses it, or a PublicUrlError saying (in Vietnamese and English) what is wrong. */
function publicUrl(raw) {
  const value = (raw === undefined ? "" : String(raw)).trim();
  if (value === "") return DEV_URL;
  const example = "https://giamngheo.example.gov.vn/addin/";
  const fail = (why) =>
    new PublicUrlError(
      `PUBLIC_URL="${value}": ${why}. Ví dụ / example: PUBLIC_URL=${example} npm run build`
    );
  let url;
  try {
    url = new URL(value);
  } catch {
    throw fail("không phải địa chỉ web / not a URL");
  }
  if (url.protocol !== "https:")
    throw fail("Office chỉ tải tiện ích qua https:// / Office loads add-ins over https only");
  if (url.username || url.password)
    throw fail("không được chứa tên đăng nhập / must not contain credentials");
  if (url.search || url.hash)
    throw fail("không được có ? hoặc # / must not have a query or fragment");
  return url.origin + (url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`);
}

function escapeXmlAttr(s) {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/**
 * The dev manifest pointed at `url`: every `https://localhost:3000/…` becomes `url…`, and the AppDomain (an
 * origin, no path) becomes url's origin. Throws if any localhost address is left (a URL the rewrite missed).
 * (The AppDomain names SourceLocation's own origin, which the Office docs say has no effect; it is kept so that
 * no address in the deployed manifest points anywhere but the deployment.)
 */
function manifestFor(xml, url) {
  const devOrigin = new URL(DEV_URL).origin;
  const origin = new URL(url).origin;
  const built =
    url === DEV_URL
      ? xml
      : xml.replace(
          /<!--[\s\S]*?-->/,
          `<!-- Trợ lý Giảm nghèo, built by \`PUBLIC_URL=${url} npm run build\`: host dist/ at that address. -->`
        );
  const out = built
    .split(DEV_URL)
    .join(escapeXmlAttr(url))
    .replace(
      new RegExp(`<AppDomain>${devOrigin.replace(/[.]/g, "\\.")}</AppDomain>`, "g"),
      `<AppDomain>${origin}</AppDomain>`
    );
  const body = out.replace(/<!--[\s\S]*?-->/g, "");
  if (url !== DEV_URL && /localhost/i.test(body))
    throw new Error("manifest.xml: an address under localhost was not rewritten for PUBLIC_URL");
  return out;
}

/**
 * dist/legacy.js: the ES5 boot script with its words, as one self-contained script. Throws if the result is not
 * ES5 (acorn, ecmaVersion 5), so a let/arrow/template literal slipped into it fails the build, not an old Excel.
 */
function legacyScript() {
  const acorn = require("acorn");
  const words = JSON.parse(fs.readFileSync(path.join(LEGACY_DIR, "messages.json"), "utf8"));
  const body = fs.readFileSync(path.join(LEGACY_DIR, "legacy.js"), "utf8");
  const code = `/* Trợ lý Giảm nghèo: legacy.js, ES5 (built from src/legacy by scripts/deploy.js). */\n(function (TEXT) {\n${body}\n})(${JSON.stringify(words)});\n`;
  try {
    acorn.parse(code, { ecmaVersion: 5, sourceType: "script" });
  } catch (e) {
    throw new Error(`src/legacy/legacy.js is not ES5: ${e.message}`);
  }
  return code;
}

module.exports = {
  DEV_URL,
  OFFICE_JS_CDN,
  LEGACY_DIR,
  PublicUrlError,
  publicUrl,
  manifestFor,
  legacyScript,
};
