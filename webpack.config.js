/**
 * Builds the task pane (runs inside Excel, loads office.js from our own origin) and the preview page
 * (the same pane beside a grid of an .xlsx file, no Office needed). `npm start` serves the preview as the index page.
 *
 * - no `eval` devtool in any mode: the pages carry a Content-Security-Policy without 'unsafe-eval';
 * - ExcelJS is bundled from its browser build and only reaches the preview through a dynamic import;
 * - office.js comes from node_modules/@microsoft/office-js (copied to dist/office), never from a CDN.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_PORT = 3000;

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

function contentSecurityPolicy(dev) {
  const ws = ["ws", "wss"].map((s) => `${s}://localhost:${DEV_PORT}`).join(" ");
  const connect = dev ? `'self' ${ws}` : "'self'";
  return [
    "default-src 'self'",
    "script-src 'self'",
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

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  const csp = contentSecurityPolicy(dev);
  const page = (filename, chunk, title) =>
    new HtmlWebpackPlugin({
      filename,
      template: path.resolve(__dirname, `src/taskpane/${filename}`),
      chunks: [chunk],
      title,
      csp,
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
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "exceljs",
            chunks: "async",
            priority: 20,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      page("taskpane.html", "taskpane", "Trợ lý Giảm nghèo"),
      page("preview.html", "preview", "Trợ lý Giảm nghèo — xem thử"),
      new CopyWebpackPlugin({
        patterns: [
          {
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
          },
          {
            from: "assets",
            to: "assets",
            noErrorOnMissing: true,
            globOptions: { ignore: ["**/samples/**"] },
          },
          { from: "assets/samples", to: "samples", noErrorOnMissing: true },
          { from: "manifest.xml", to: "manifest.xml", noErrorOnMissing: true },
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
      devMiddleware: { index: "preview.html", writeToDisk: false },
      headers: { "Cache-Control": "no-store" },
    },
  };
};
