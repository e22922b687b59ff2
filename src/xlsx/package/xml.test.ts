import { childElements, getAttr, putChild, rootElement, setAttr } from "./xml";
import { unprefixed, readableTable } from "./readableCopy";
import { relativeTarget, resolveTarget } from "./opc";

describe("xml", () => {
  test("finds the children of an element, a quoted '>' and nested namesakes included", () => {
    const xml = '<?xml version="1.0"?><a><b t="x>y"/><c><c/></c><!-- <d/> --><e>t</e></a>';
    const root = rootElement(xml);
    const kids = childElements(xml, root.innerStart, root.innerEnd);
    expect(kids.map((k) => k.local)).toEqual(["b", "c", "e"]);
    expect(getAttr(kids[0]?.open ?? "", "t")).toBe("x>y");
    expect(xml.slice(kids[1]?.start, kids[1]?.end)).toBe("<c><c/></c>");
  });

  test("sets, replaces and removes attributes, escaping values", () => {
    expect(setAttr('<c r="A1"/>', "s", "3")).toBe('<c r="A1" s="3"/>');
    expect(setAttr('<c r="A1" s="3">', "s", "4")).toBe('<c r="A1" s="4">');
    expect(setAttr('<c r="A1" s="3">', "s", undefined)).toBe('<c r="A1">');
    expect(setAttr("<n/>", "v", 'a"&<')).toBe('<n v="a&quot;&amp;&lt;"/>');
  });

  test("puts a child in schema order, replacing one of the same name", () => {
    const order = ["a", "b", "c", "d"];
    const xml = "<r><a/><d/></r>";
    expect(putChild(xml, rootElement(xml), "c", "<c/>", order)).toBe("<r><a/><c/><d/></r>");
    expect(putChild(xml, rootElement(xml), "d", "<d x='1'/>", order)).toBe("<r><a/><d x='1'/></r>");
    expect(putChild(xml, rootElement(xml), "a", null, order)).toBe("<r><d/></r>");
    expect(putChild("<r/>", rootElement("<r/>"), "b", "<b/>", order)).toBe("<r><b/></r>");
  });
});

describe("package paths and the readable copy", () => {
  test("relationship targets resolve both ways", () => {
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../tables/table1.xml")).toBe(
      "xl/tables/table1.xml"
    );
    expect(resolveTarget("xl/workbook.xml", "/xl/styles.xml")).toBe("xl/styles.xml");
    expect(relativeTarget("xl/worksheets/sheet3.xml", "xl/tables/table2.xml")).toBe(
      "../tables/table2.xml"
    );
    expect(relativeTarget("xl/workbook.xml", "xl/worksheets/sheet3.xml")).toBe(
      "worksheets/sheet3.xml"
    );
  });

  test("a table loses for ExcelJS only what it cannot parse", () => {
    const table =
      '<table ref="A1:B4" totalsRowCount="1"><autoFilter ref="A1:B3"><filterColumn colId="1"><dynamicFilter type="aboveAverage"/></filterColumn></autoFilter><tableColumns count="2"><tableColumn id="1" name="A" totalsRowLabel="Tổng"/><tableColumn id="2" name="B" totalsRowFunction="custom"><calculatedColumnFormula>T[[#This Row],[A]]*2</calculatedColumnFormula><totalsRowFormula>SUM(T[B])</totalsRowFormula></tableColumn></tableColumns></table>';
    expect(readableTable(table)).toBe(
      '<table headerRowCount="1" ref="A1:B4" totalsRowCount="1"><autoFilter ref="A1:B3"></autoFilter><tableColumns count="2"><tableColumn id="1" name="A" totalsRowLabel="Tổng"/><tableColumn id="2" name="B" totalsRowFunction="custom"></tableColumn></tableColumns></table>'
    );
  });

  test("a table states its header row for ExcelJS, which reads a missing headerRowCount as none", () => {
    expect(readableTable('<table ref="A1:B4"><tableColumns count="2"/></table>')).toBe(
      '<table headerRowCount="1" ref="A1:B4"><tableColumns count="2"/></table>'
    );
    const none = '<table ref="A1:B4" headerRowCount="0"><tableColumns count="2"/></table>';
    expect(readableTable(none)).toBe(none);
  });

  test("a prefixed part is read unprefixed; an unprefixed one with prefixed children is left alone", () => {
    const ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    expect(
      unprefixed(`<?xml version="1.0"?><x:sst xmlns:x="${ns}"><x:si><x:t>a</x:t></x:si></x:sst>`)
    ).toBe(`<?xml version="1.0"?><sst xmlns="${ns}"><si><t>a</t></si></sst>`);
    const plain = `<worksheet xmlns="${ns}" xmlns:x14ac="urn:x"><x14ac:a/></worksheet>`;
    expect(unprefixed(plain)).toBe(plain);
  });
});
