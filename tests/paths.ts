/**
 * Every file a test or script reads lives in the project; this module names them (a clone of the project alone
 * must pass `npm test`). `tests/resources/README.md` says where each copy came from.
 */
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..");
export const RESOURCES = path.join(ROOT, "tests/resources");
/** The appendix workbooks with the results DESIGN.md expects ("Expected results on the shared fixtures"). */
export const WORKBOOKS = path.join(RESOURCES, "workbooks");
export const CLEAN_WORKBOOK = path.join(WORKBOOKS, "binh-luong-2024.xlsx");
export const ERRORS_WORKBOOK = path.join(WORKBOOKS, "binh-luong-2024-errors.xlsx");
export const MANIFEST_SCHEMAS = path.join(RESOURCES, "manifest-schemas");
export const MANIFEST_SCHEMA = path.join(MANIFEST_SCHEMAS, "OfficeAppManifestV1_1.xsd");
/** A LibreOffice profile setting that makes it recalculate every formula on load (OOXMLRecalcMode = always). */
export const LIBREOFFICE_PROFILE = path.join(RESOURCES, "libreoffice/registrymodifications.xcu");
/** The two real 2024 plans the project was created from, as plain text (real Vietnamese for the encoding tests). */
export const PLAN_TEXTS = [
  path.join(RESOURCES, "texts/plan-pho-minh-2024.txt"),
  path.join(RESOURCES, "texts/plan-binh-luong-2024.txt"),
];
/**
 * The package-feature corpus: the appendix with one feature each as Excel writes it (charts, comments, pivot
 * table, …) and the appendix as an Excel Table; made by `packages/make-packages.js`.
 */
export const PACKAGES = path.join(RESOURCES, "packages");
