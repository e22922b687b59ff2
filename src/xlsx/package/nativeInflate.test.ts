import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import JSZip from "jszip";
import { PACKAGES } from "../../../tests/paths";
import { openWorkbook } from "../openWorkbook";
import { setInflater, zipEntries } from "./nativeInflate";
import { ZipPackage } from "./zipPackage";

const corpus = (): [string, Uint8Array][] =>
  fs
    .readdirSync(PACKAGES)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => [f, new Uint8Array(fs.readFileSync(path.join(PACKAGES, f)))]);

let inflated = 0;
const install = (): void =>
  setInflater({
    inflateRaw: (data) => {
      inflated++;
      return zlib.inflateRawSync(data);
    },
    utf8: (data) => Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("utf-8"),
  });

afterEach(() => setInflater(null));

describe("native inflate of a package's parts", () => {
  it.each(corpus())("%s: every part as JSZip reads it, none left to JSZip", async (_f, bytes) => {
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir);
    expect([...zipEntries(bytes).keys()].sort()).toEqual([...names].sort());
    install();
    const pkg = await ZipPackage.open(bytes);
    for (const name of names) {
      expect(await pkg.text(name)).toBe(await zip.file(name)?.async("string"));
      expect(await pkg.binary(name)).toEqual(await zip.file(name)?.async("uint8array"));
    }
  });

  it("a workbook opened with it is read without JSZip's inflate", async () => {
    const [, bytes] = corpus().find(([f]) => f === "chart-image.xlsx") ?? [];
    if (!bytes) throw new Error("corpus file missing");
    const entry = Object.values((await JSZip.loadAsync(bytes)).files)[0];
    const proto = Object.getPrototypeOf(entry) as { async: (type: string) => Promise<unknown> };
    const original = proto.async;
    let byJsZip = 0;
    proto.async = function (this: unknown, type: string) {
      byJsZip++;
      return original.call(this, type);
    };
    install();
    inflated = 0;
    try {
      await openWorkbook(bytes, "chart-image.xlsx");
    } finally {
      proto.async = original;
    }
    expect(byJsZip).toBe(0);
    expect(inflated).toBeGreaterThan(0);
  });

  it("a part whose data is not deflate is left to JSZip, which fails as it always did", async () => {
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>".repeat(50));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const entry = zipEntries(bytes).get("xl/workbook.xml");
    if (!entry) throw new Error("entry not found");
    const broken = bytes.slice();
    broken.fill(0xff, entry.data.byteOffset, entry.data.byteOffset + entry.data.length);
    const plain = await (await ZipPackage.open(broken)).text("xl/workbook.xml").catch(String);
    install();
    const native = await (await ZipPackage.open(broken)).text("xl/workbook.xml").catch(String);
    expect(native).toBe(plain);
    expect(plain).toMatch(/error|invalid/i);
  });

  it("an encrypted or twice-named entry is not vouched for", async () => {
    const zip = new JSZip();
    zip.file("a.xml", "<a/>");
    zip.file("b.xml", "<b/>");
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const first = bytes.findIndex(
      (_b, i) => i + 4 <= bytes.length && view.getUint32(i, true) === 0x02014b50
    );
    const length = (at: number): number =>
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
    const second = first + length(first);
    expect([...zipEntries(bytes).keys()]).toEqual(["a.xml", "b.xml"]);
    const encrypted = bytes.slice();
    encrypted[first + 8] = (encrypted[first + 8] ?? 0) | 1;
    expect([...zipEntries(encrypted).keys()]).toEqual(["b.xml"]);
    const twice = bytes.slice();
    twice[second + 46] = 0x61; // the second central record now names "a.xml" too
    expect([...zipEntries(twice).keys()]).toEqual([]);
  });
});
