import type { XlDiagnostics, XlRequirementProbe, XlRun, XlSettings } from "./excelApi";

/**
 * The real Office.js entry points, resolved lazily so that importing ExcelHost outside Office (tests, the
 * browser preview) does not touch the `Excel`/`Office` globals. Assigning the real objects to our subset
 * types makes the compiler check that the subset matches Office.js.
 */
export const officeRun: XlRun = (batch, options) =>
  options
    ? Excel.run(options, (context: Excel.RequestContext) => batch(context))
    : Excel.run((context: Excel.RequestContext) => batch(context));

export const officeRequirements: XlRequirementProbe = (name, minVersion) =>
  Office.context.requirements.isSetSupported(name, minVersion);

export function officeSettings(): XlSettings {
  return Office.context.document.settings;
}

export function officeDiagnostics(): XlDiagnostics {
  const d = Office.context.diagnostics;
  return { host: String(d.host), platform: String(d.platform), version: d.version };
}
