/**
 * Builds the task pane (runs inside Excel) and the web app (index.html: the same pane beside a grid of an .xlsx
 * file, no Office needed; its code is still named "preview" inside). `npm start` serves the web app on the sample
 * workbook. `PUBLIC_URL=https://…/ npm run build` writes a static dist/ to host at that address, with a
 * dist/manifest.xml pointing there (DESIGN.md "Deployment"); `--env release` (npm run release) leaves the manifest
 * out: IT makes it for their address with tao-manifest.html (scripts/release.js).
 *
 * - no `eval` devtool in any mode: the pages carry a Content-Security-Policy without 'unsafe-eval';
 * - ExcelJS is bundled from its browser build and only reaches the web app through a dynamic import;
 * - office.js: in production from Microsoft's CDN (the Office docs require it outside development; the CSP allows
 *   exactly that origin for scripts); in development from node_modules/@microsoft/office-js (dist/office), so
 *   `npm start` works offline. The web app never loads office.js;
 * - taskpane.html runs dist/legacy.js (ES5, src/legacy) first; it adds the bundle's scripts only when the
 *   runtime can run them, otherwise it explains which Excel versions can (IE11, EdgeHTML).
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const {
  OFFICE_JS_CDN,
  LEGACY_DIR,
  PublicUrlError,
  publicUrl,
  manifestFor,
  legacyScript,
  legacyPageScript,
  contactScript,
} = require("./scripts/deploy");
const { ServiceWorkerPlugin } = require("./scripts/serviceWorkerPlugin");

const DEV_PORT = 3000;
/** The web app's service worker (scripts/serviceWorkerPlugin.js), at the site's root so its scope is the site. */
const SERVICE_WORKER = "sw.js";

/** Office hosts we don't run in: their scripts are left out of dist/office (the whole package is 86 MB). */
const OTHER_OFFICE_HOSTS = [
  "access",
  "onenote",
  "outlook",
  "powerpoint",
  "project",
  "visio",
  "word",
];

/**
 * `npm run dev-server --env https` (used by `npm run sideload`): Excel only loads add-ins over https, with the
 * certificate `npx office-addin-dev-certs install` puts in ~/.office-addin-dev-certs.
 */
function officeCopy() {
  return {
    from: "node_modules/@microsoft/office-js/dist",
    to: "office",
    globOptions: {
      ignore: [
        "**/*.debug.js",
        "**/office-vsdoc.js",
        "**/*.d.ts",
        ...OTHER_OFFICE_HOSTS.map((h) => `**/${h}*`),
      ],
    },
  };
}

function httpsServer() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const options = {};
  for (const [k, f] of Object.entries(files)) {
    const p = path.join(dir, f);
    if (!fs.existsSync(p)) {
      throw new Error(
        `Missing ${p}: run "npx --yes office-addin-dev-certs@2 install" first (npm run sideload does).`
      );
    }
    options[k] = fs.readFileSync(p);
  }
  return { type: "https", options };
}

/** `officeOrigin`: where office.js comes from when not from our own origin (the CDN, production only). */
function contentSecurityPolicy(dev, officeOrigin) {
  const ws = ["ws", "wss"].map((s) => `${s}://localhost:${DEV_PORT}`).join(" ");
  const connect = dev ? `'self' ${ws}` : "'self'";
  return [
    "default-src 'self'",
    officeOrigin ? `script-src 'self' ${officeOrigin}` : "script-src 'self'",
    // Griffel (Fluent UI v9) inserts <style> rules at runtime.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * Emits dist/legacy.js (src/legacy/legacy.js, checked ES5), dist/legacy-page.js (the page it shows in an old
 * runtime, with its words and the contact reader), dist/probe.js, dist/lien-he.js (the support page's contact
 * reader, ES5) and, unless `url` is null (a release), dist/manifest.xml pointed at
 * PUBLIC_URL; a bad PUBLIC_URL or a non-ES5 script fails the build.
 */
class DeployAssetsPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("DeployAssetsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "DeployAssetsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const manifest = path.join(__dirname, "manifest.xml");
          for (const f of [
            "legacy.js",
            "legacyPage.js",
            "probe.js",
            "messages.json",
            "contactView.js",
          ])
            compilation.fileDependencies.add(path.join(LEGACY_DIR, f));
          for (const f of [
            "manifest.js",
            "contact.js",
            "messages/manifest.json",
            "messages/contact.json",
          ])
            compilation.fileDependencies.add(path.join(__dirname, "src/release", f));
          compilation.fileDependencies.add(manifest);
          compilation.fileDependencies.add(path.join(__dirname, "package.json"));
          try {
            if (this.url !== null) {
              const xml = manifestFor(fs.readFileSync(manifest, "utf8"), this.url);
              compilation.emitAsset("manifest.xml", new sources.RawSource(xml));
            }
            // Not minified: Terser could rewrite the probe's syntax (or drop its unused class) and legacy.js is
            // short and checked as it is.
            const asIs = { minimized: true };
            compilation.emitAsset("legacy.js", new sources.RawSource(legacyScript()), asIs);
            compilation.emitAsset(
              "legacy-page.js",
              new sources.RawSource(legacyPageScript()),
              asIs
            );
            compilation.emitAsset("lien-he.js", new sources.RawSource(contactScript()), asIs);
            const probe = fs.readFileSync(path.join(LEGACY_DIR, "probe.js"), "utf8");
            compilation.emitAsset("probe.js", new sources.RawSource(probe), asIs);
          } catch (e) {
            compilation.errors.push(new WebpackError(e.message));
          }
        }
      );
    });
  }
}

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  // A release's site is hosted at any address: no manifest in it (tao-manifest.html makes one per address).
  const release = Boolean(env && env.release);
  let url;
  try {
    url = publicUrl(process.env.PUBLIC_URL);
  } catch (e) {
    if (!(e instanceof PublicUrlError)) throw e;
    // One clear line, no stack: the address is the IT staff's input, not a bug.
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  }
  if (!dev && !release && !process.env.PUBLIC_URL)
    process.stderr.write(
      `PUBLIC_URL is not set: dist/manifest.xml points at ${url} (development). ` +
        "To deploy: PUBLIC_URL=https://…/ npm run build (docs/cai-dat.md).\n"
    );
  const officeJs = dev ? "office/office.js" : OFFICE_JS_CDN;
  const page = (filename, template, chunk, title, officeOrigin) =>
    new HtmlWebpackPlugin({
      filename,
      template: path.resolve(__dirname, `src/taskpane/${template}`),
      chunks: [chunk],
      title,
      csp: contentSecurityPolicy(dev, officeOrigin),
      officeJs,
      // The web app's offline cache (production only: development file names are not content-hashed).
      serviceWorker: dev ? "" : SERVICE_WORKER,
      // taskpane.html writes its own tags: legacy.js decides whether the bundle loads (src/legacy/legacy.js).
      inject: filename !== "taskpane.html",
      scriptLoading: "defer",
    });
  return {
    mode: dev ? "development" : "production",
    // Never an eval-* devtool: the CSP forbids eval.
    devtool: dev ? "cheap-module-source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/taskpane/preview.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].chunk.js" : "[name].[contenthash:8].chunk.js",
      clean: { keep: /^cli\// },
      // Reach the global object as `globalThis`, not webpack's `new Function("return this")` fallback (CSP: no eval).
      environment: { globalThis: true },
    },
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
      alias: {
        // The browser build of ExcelJS bundles its own polyfills (no node fallbacks needed).
        exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.min.js"),
      },
    },
    module: {
      // exceljs.min.js is already a self-contained bundle: don't parse it for requires.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // No module of ours but the two entry points does anything when imported (no top-level calls): webpack
          // may drop a module whose exports go unused, so src/core/index.ts re-exporting everything pulls in only
          // what a chunk uses. (Entry points always run.)
          sideEffects: false,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // ES modules so webpack can split at dynamic import() and tree-shake Fluent.
              compilerOptions: { module: "esnext", moduleResolution: "node", sourceMap: dev },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // The .xlsx reader and the package writer (JSZip) load together, lazily, in one chunk.
          exceljs: {
            test: /[\\/]node_modules[\\/](exceljs|jszip)[\\/]/,
            name: "exceljs",
            chunks: "async",
            priority: 20,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      page(
        "taskpane.html",
        "taskpane.html",
        "taskpane",
        "Trợ lý Giảm nghèo",
        dev ? "" : new URL(OFFICE_JS_CDN).origin
      ),
      page("index.html", "preview.html", "preview", "Trợ lý Giảm nghèo trên trình duyệt", ""),
      new DeployAssetsPlugin(release ? null : url),
      ...(dev
        ? []
        : [
            new ServiceWorkerPlugin({
              filename: SERVICE_WORKER,
              page: "index.html",
              entry: "preview",
            }),
          ]),
      new CopyWebpackPlugin({
        patterns: [
          // The local office.js is for development only (production pages load Microsoft's CDN copy).
          ...(dev ? [officeCopy()] : []),
          {
            from: "src/support/ho-tro.html",
            to: "ho-tro.html",
          },
          {
            from: "assets",
            to: "assets",
            noErrorOnMissing: true,
            globOptions: { ignore: ["**/samples/**"] },
          },
          { from: "assets/samples", to: "samples", noErrorOnMissing: true },
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      ...(env && env.https ? { server: httpsServer() } : {}),
      host: "localhost",
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
      devMiddleware: { index: "index.html", writeToDisk: false },
      headers: { "Cache-Control": "no-store" },
    },
  };
};
