#!/usr/bin/env node
/**
 * `npm run release`: release/tro-ly-giam-ngheo-<version>.zip, what the province's IT staff deploy without Node:
 *
 *   tao-manifest.html   opened from disk in any browser: the site's address + the province's contact →
 *                       manifest.xml (that address, package.json's version) and lien-he.json
 *   DOC-TRUOC.txt       what to do, in Vietnamese (UTF-8 with a BOM, CRLF: Notepad shows it right)
 *   huong-dan/          the install guide (docs/cai-dat.md and its pictures)
 *   trang-web/          the static site (production build, every URL relative: it can be hosted under any path;
 *                       no manifest.xml, which belongs to an address)
 *
 * Options (for tests and the e2e run, which reuse a production build): `--site DIR` packs an existing build
 * instead of building (its manifest.xml and cli/ are left out); `--out DIR` writes the zip there.
 * Exit 2 with one line when the version cannot be a manifest version or the build fails.
 */
"use strict";
const { spawnSync } = require("child_process");
const { createHash } = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const JSZip = require("jszip");
const {
  checkedEs5,
  packageVersion,
  RELEASE_DIR,
  releaseModule,
  releaseWords,
  scriptLiteral,
} = require("./deploy");
const { manifestVersion } = require("../src/release/manifest");

const ROOT = path.resolve(__dirname, "..");
const SITE_DIR = "trang-web";
/** What a build holds that is not part of the site: the manifest of one address, the CLI, source maps. */
const NOT_SITE = [/^manifest\.xml$/, /^cli\//, /^office\//, /\.map$/];
/** No request at all: the page's one inline script (by its hash), styles, Blob downloads. */
const CSP = (hash) =>
  `default-src 'none'; script-src '${hash}'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const out = { site: null, out: path.join(ROOT, "release") };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === "--site") out.site = path.resolve(argv[++i] ?? "");
    else if (argv[i] === "--out") out.out = path.resolve(argv[++i] ?? "");
    else fail(`release: unknown option ${argv[i]} (use --site DIR, --out DIR)`);
  }
  return out;
}

/** `webpack --mode production --env release` into a temp folder (dist/ is left alone). */
function build() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "giamngheo-release-"));
  process.stdout.write("building: webpack --mode production --env release\n");
  const r = spawnSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules/webpack/bin/webpack.js"),
      "--mode",
      "production",
      "--env",
      "release",
      "--output-path",
      dir,
    ],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20, env: { ...process.env, PUBLIC_URL: "" } }
  );
  if (r.status !== 0) fail(`release: the build failed:\n${(r.stdout + r.stderr).slice(-3000)}`);
  return dir;
}

function listFiles(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory()
      ? listFiles(p, base)
      : [path.relative(base, p).split(path.sep).join("/")];
  });
}

/** tao-manifest.html: the template with the dev manifest, the version and its script (ES5, hashed in its CSP). */
function taoManifestHtml(version) {
  const read = (f) => fs.readFileSync(path.join(RELEASE_DIR, f), "utf8");
  // taoManifest.js with its words (src/release/messages/) and the two modules it uses: one self-contained script.
  const script = checkedEs5(
    `(function (TEXT, MANIFEST, CONTACT) {\n${read("taoManifest.js")}\n})(` +
      `${scriptLiteral(releaseWords("messages/page.json").vi)}, ${releaseModule("manifest.js")}, ${releaseModule("contact.js")});`,
    "src/release (tao-manifest.html's script)"
  );
  // A JSON block read by the script; "<" escaped so no "</script>" can end it early.
  const data = JSON.stringify({
    version,
    manifest: fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"),
  }).replace(/</g, "\\u003c");
  const html = read("tao-manifest.html")
    .split("{{VERSION}}")
    .join(version)
    .replace("{{DATA}}", () => data)
    .replace("{{SCRIPT}}", () => script);
  const inline = /<script>([\s\S]*?)<\/script>/.exec(html);
  if (!inline) throw new Error("tao-manifest.html: no inline script");
  const hash = `sha256-${createHash("sha256").update(inline[1], "utf8").digest("base64")}`;
  return html.replace("{{CSP}}", CSP(hash));
}

function readme(version) {
  return [
    `Trợ lý Giảm nghèo ${version}: bản phát hành cho cán bộ công nghệ thông tin`,
    "",
    "1. Chép toàn bộ nội dung thư mục trang-web/ lên một máy chủ web HTTPS (bất kỳ thư mục nào),",
    "   ví dụ https://giamngheo.example.gov.vn/addin/. Không cần Node, không cần chương trình phía máy chủ.",
    "2. Mở tệp tao-manifest.html (nhấp đúp; mở bằng Chrome, Edge hoặc Firefox, không cần mạng),",
    "   nhập địa chỉ ở bước 1 và thông tin liên hệ của tỉnh, rồi tải về manifest.xml và lien-he.json.",
    "3. Đặt lien-he.json vào thư mục gốc của trang (cạnh index.html).",
    "4. Đưa manifest.xml vào Excel của các xã (Trung tâm quản trị Microsoft 365 hoặc thư mục dùng chung).",
    "5. Xã không có Microsoft 365 hoặc dùng Excel 2016/2019: dùng Trợ lý trên trình duyệt tại địa chỉ ở bước 1.",
    "",
    "Hướng dẫn đầy đủ: huong-dan/cai-dat.md (mở bằng trình soạn thảo văn bản hoặc trình duyệt), các mục",
    'A1-A4, "Xã không có Microsoft 365" và "Nâng phiên bản".',
    "",
  ].join("\r\n");
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const version = packageVersion();
  try {
    manifestVersion(version);
  } catch (e) {
    fail(`release: ${e.message}`);
  }
  const site = args.site ?? build();
  if (
    !fs.existsSync(path.join(site, "index.html")) ||
    !fs.existsSync(path.join(site, "taskpane.html"))
  )
    fail(`release: ${site} is not a production build (no index.html / taskpane.html)`);
  const zip = new JSZip();
  // A fixed date: the same sources give the same zip.
  const date = new Date("2020-01-01T00:00:00Z");
  const files = listFiles(site).filter((f) => !NOT_SITE.some((re) => re.test(f)));
  for (const f of files)
    zip.file(`${SITE_DIR}/${f}`, fs.readFileSync(path.join(site, f)), { date });
  zip.file("tao-manifest.html", taoManifestHtml(version), { date });
  zip.file("DOC-TRUOC.txt", `\ufeff${readme(version)}`, { date });
  for (const f of listFiles(path.join(ROOT, "docs")))
    zip.file(`huong-dan/${f}`, fs.readFileSync(path.join(ROOT, "docs", f)), { date });
  const bytes = await zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 9 },
  });
  fs.mkdirSync(args.out, { recursive: true });
  const target = path.join(args.out, `tro-ly-giam-ngheo-${version}.zip`);
  const tmp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, target);
  if (!args.site) fs.rmSync(site, { recursive: true, force: true });
  process.stdout.write(
    `${path.relative(process.cwd(), target) || target}: ${files.length} files of the site + tao-manifest.html, ` +
      `${Math.round(bytes.length / 1024)} KB\n`
  );
}

main().catch((e) => fail(`release: ${e && e.message ? e.message : e}`));
