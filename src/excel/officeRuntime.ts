import type { XlRequirementProbe, XlRun, XlSettings } from "./excelApi";

/**
 * The real Office.js entry points, resolved lazily so that importing ExcelHost outside Office (tests, the
 * browser preview) does not touch the `Excel`/`Office` globals. Assigning the real objects to our subset
 * types makes the compiler check that the subset matches Office.js.
 */
export const officeRun: XlRun = (batch) =>
  Excel.run((context: Excel.RequestContext) => batch(context));

export const officeRequirements: XlRequirementProbe = (name, minVersion) =>
  Office.context.requirements.isSetSupported(name, minVersion);

export function officeSettings(): XlSettings {
  return Office.context.document.settings;
}
