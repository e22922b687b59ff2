/** Both hosts, seeded from the same generated workbook: XlsxHost over its .xlsx bytes, ExcelHost over the strict fake. */
import { ExcelHost } from "../../src/excel/ExcelHost";
import { FakeExcel } from "../../src/excel/fake/FakeExcel";
import { toFakeSpecs } from "../corpus/toFakeSpecs";
import { seedWorkbook, xlsxHostFactory, type HostFactory } from "./hosts";

export const excelFakeHostFactory: HostFactory = {
  name: "ExcelHost over the strict fake",
  formulaValues: false,
  make: async () => {
    const fake = FakeExcel.fromSpecs(toFakeSpecs(seedWorkbook()));
    return new ExcelHost({ run: fake.run, requirements: fake.requirements, settings: fake.settings });
  },
};

export const HOST_FACTORIES: readonly HostFactory[] = [xlsxHostFactory, excelFakeHostFactory];
