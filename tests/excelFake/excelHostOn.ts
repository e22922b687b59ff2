import { ExcelHost } from "../../src/excel/ExcelHost";
import type { FakeExcel } from "./FakeExcel";

type HostOptions = ConstructorParameters<typeof ExcelHost>[0];

/** The pane's Excel host over a fake workbook, as Office would give it: the fake's run, requirements and settings. */
export function excelHostOn(fake: FakeExcel, extra: Partial<HostOptions> = {}): ExcelHost {
  return new ExcelHost({
    run: fake.run,
    requirements: fake.requirements,
    settings: fake.settings,
    ...extra,
  });
}
