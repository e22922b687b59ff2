/**
 * Emits the web app's service worker (src/taskpane/preview/serviceWorker.js) with this build's cache name and the
 * files it keeps: the page, every script the web app's entry loads now or later (its lazily loaded chunks, ExcelJS
 * among them), the icon and the sample workbooks. The cache name is a hash of those files' names and bytes, so a
 * new release is a new cache (and a new sw.js, which the browser then installs); an unchanged release is not.
 * Runs after the content hashes are final (PROCESS_ASSETS_STAGE_ANALYSE), so the names listed are the real ones.
 */
"use strict";
const { createHash } = require("crypto");
const fs = require("fs");
const path = require("path");

const TEMPLATE = path.resolve(__dirname, "../src/taskpane/preview/serviceWorker.js");
/** Besides the entry's scripts: what the page itself asks for (its icon, the sample it opens first). */
const EXTRA = [/^assets\/icon-32\.png$/, /^samples\/[^/]+\.xlsx$/];

class ServiceWorkerPlugin {
  /** @param {{ filename: string, page: string, entry: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    const { filename, page, entry } = this.options;
    compiler.hooks.thisCompilation.tap("ServiceWorkerPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ServiceWorkerPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ANALYSE },
        () => {
          compilation.fileDependencies.add(TEMPLATE);
          const files = new Set([page]);
          const entrypoint = compilation.entrypoints.get(entry);
          for (const chunk of entrypoint ? entrypoint.chunks : []) {
            for (const c of [chunk, ...chunk.getAllAsyncChunks()])
              for (const f of c.files) if (!f.endsWith(".map")) files.add(f);
          }
          for (const name of Object.keys(compilation.assets))
            if (EXTRA.some((re) => re.test(name))) files.add(name);
          const list = [...files].filter((f) => compilation.getAsset(f)).sort();
          const hash = createHash("sha256");
          for (const f of list)
            hash.update(f).update("\0").update(compilation.getAsset(f).source.buffer());
          const header =
            `/* Trợ lý Giảm nghèo: the web app's offline cache (built by scripts/serviceWorkerPlugin.js). */\n` +
            `var CACHE = ${JSON.stringify(`giamngheo-${hash.digest("hex").slice(0, 12)}`)};\n` +
            `var FILES = ${JSON.stringify(list, null, 1)};\n` +
            `var PAGE = ${JSON.stringify(page)};\n`;
          const body = fs.readFileSync(TEMPLATE, "utf8");
          compilation.emitAsset(filename, new sources.RawSource(header + body), {
            minimized: true,
          });
        }
      );
    });
  }
}

module.exports = { ServiceWorkerPlugin };
