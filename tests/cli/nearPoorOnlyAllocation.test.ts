/** A near-poor-only appendix and a poor target: the CLI says the table has no poor column and names the near-poor target. */
import * as fs from "fs";
import * as path from "path";
import { LAYOUTS } from "../corpus/layoutCatalog";
import { buildLayout } from "../corpus/layouts";
import { toXlsxBuffer } from "../corpus/writeXlsx";
import { run, tempDir } from "./harness";

test("allocate --target on a near-poor-only table points at --near-poor-target, never at the unit cells", async () => {
  const layout = LAYOUTS.find((l) => l.name === "near-poor only");
  if (!layout) throw new Error("layout missing");
  const dir = tempDir();
  const input = path.join(dir, "can-ngheo.xlsx");
  fs.writeFileSync(input, await toXlsxBuffer(buildLayout(layout).spec));
  const out = path.join(dir, "out.xlsx");
  const r = await run("allocate", input, "--target", "2", "-o", out);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("không có cột “Số hộ nghèo”");
  expect(r.stderr).toContain("chỉ tiêu giảm hộ cận nghèo");
  expect(r.stderr).not.toMatch(/ô [A-Z]+\d/);
  expect(fs.existsSync(out)).toBe(false);
  const near = await run("allocate", input, "--near-poor-target", "2", "-o", out);
  expect(near.code).toBe(0);
  fs.rmSync(dir, { recursive: true, force: true });
});
