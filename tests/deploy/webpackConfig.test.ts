/**
 * Development and production differ only where DESIGN.md says (read from webpack.config.js, no build): office.js
 * from the npm copy in development (npm start works offline), from Microsoft's CDN in production, and each page's
 * CSP allows exactly where its scripts come from; the web app names no remote origin in either mode.
 */
import { OFFICE_JS_CDN, SAMPLE_PUBLIC_URL } from "../safety/productionBuild";

process.env["PUBLIC_URL"] = SAMPLE_PUBLIC_URL;

type Plugin = { constructor: { name: string }; userOptions?: Record<string, unknown> };
type Config = { plugins: Plugin[] };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: { mode: string }
) => Config;

function pages(mode: string): Map<string, Record<string, unknown>> {
  const config = makeConfig({}, { mode });
  const html = config.plugins.filter((p) => p.constructor.name === "HtmlWebpackPlugin");
  return new Map(html.map((p) => [String(p.userOptions?.["filename"]), p.userOptions ?? {}]));
}

function copiesOfficeJs(mode: string): boolean {
  const copy = makeConfig({}, { mode }).plugins.find(
    (p) => p.constructor.name === "CopyPlugin"
  ) as unknown as { patterns: Array<{ to?: string }> };
  return copy.patterns.some((p) => p.to === "office");
}

const scriptSrc = (csp: unknown): string =>
  /script-src ([^;]*)/.exec(String(csp))?.[1]?.trim() ?? "";

test("development: the pane loads the local office.js, its CSP names no remote origin", () => {
  const taskpane = pages("development").get("taskpane.html")!;
  expect(taskpane["officeJs"]).toBe("office/office.js");
  expect(scriptSrc(taskpane["csp"])).toBe("'self'");
  expect(copiesOfficeJs("development")).toBe(true);
});

test("production: the pane loads office.js from the CDN, its CSP allows exactly that origin", () => {
  const taskpane = pages("production").get("taskpane.html")!;
  expect(taskpane["officeJs"]).toBe(OFFICE_JS_CDN);
  expect(scriptSrc(taskpane["csp"])).toBe("'self' https://appsforoffice.microsoft.com");
  expect(copiesOfficeJs("production")).toBe(false);
});

test.each(["development", "production"])(
  "%s: the web app's CSP allows our own scripts only",
  (mode) => {
    const webApp = pages(mode).get("index.html")!;
    expect(scriptSrc(webApp["csp"])).toBe("'self'");
    expect(String(webApp["csp"])).not.toMatch(/https:/);
  }
);

test("taskpane.html writes its own script tags (legacy.js adds the bundle); the web app's are injected", () => {
  expect(pages("production").get("taskpane.html")!["inject"]).toBe(false);
  expect(pages("production").get("index.html")!["inject"]).toBe(true);
});

test("the web app's offline cache: sw.js only in production, named by the web app page alone", () => {
  const names = (mode: string, env: Record<string, unknown> = {}) =>
    makeConfig(env, { mode }).plugins.map((p) => p.constructor.name);
  expect(names("production")).toContain("ServiceWorkerPlugin");
  expect(names("development")).not.toContain("ServiceWorkerPlugin");
  expect(pages("production").get("index.html")!["serviceWorker"]).toBe("sw.js");
  expect(pages("development").get("index.html")!["serviceWorker"]).toBe("");
  // The task pane's template never reads the option: it cannot register the worker inside Excel.
  expect(pages("production").get("taskpane.html")!["template"]).toMatch(/taskpane\.html$/);
});

test("a release (--env release) builds the same site without a manifest (it belongs to an address)", () => {
  const deploy = (env: Record<string, unknown>) =>
    makeConfig(env, { mode: "production" }).plugins.find(
      (p) => p.constructor.name === "DeployAssetsPlugin"
    ) as unknown as { url: string | null };
  expect(deploy({ release: true }).url).toBeNull();
  expect(deploy({}).url).toBe(SAMPLE_PUBLIC_URL);
});
