/**
 * Writes the package-feature corpus: small workbooks holding, beside the appendix, one feature each, as Excel
 * writes it (parts hand-written after files saved by Excel 365, trimmed to what the feature needs).
 * Base: ../workbooks/binh-luong-2024.xlsx with one wrong rate (F9 = 2.5, `fix` rewrites it) and one TCVN3 note
 * (A16, `unicode` converts it), so every writer changes something.
 *   node tests/resources/packages/make-packages.js
 */
const fs = require("fs");
const path = require("path");
const JSZip = require("jszip");

const HERE = __dirname;
const BASE = path.join(HERE, "../workbooks/binh-luong-2024.xlsx");
const DATE = new Date("2024-01-15T00:00:00Z");
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const TCVN3_NOTE = "Ghi chó: sè liÖu theo kÕt qu¶ rµ so¸t cuèi n¨m";

const rels = (items) =>
  `${DECL}<Relationships xmlns="${RELS}">${items
    .map(([id, type, target, external]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ' TargetMode="External"' : ""}/>`)
    .join("")}</Relationships>`;

class Book {
  static async base() {
    const zip = await JSZip.loadAsync(fs.readFileSync(BASE));
    const b = new Book(zip);
    await b.load();
    // F9: a wrong rate; A16: a TCVN3 note below the table.
    b.sheet = b.sheet.replace('<c r="F9" s="5"><v>2.38</v></c>', '<c r="F9" s="5"><v>2.5</v></c>');
    const note = b.string(TCVN3_NOTE);
    b.sheet = b.sheet.replace("</sheetData>", `<row r="16"><c r="A16" s="7" t="s"><v>${note}</v></c></row></sheetData>`);
    // The note's font is .VnTime, as in workbooks typed with TCVN3 (ABC) keyboards.
    b.styles = b.styles
      .replace(/<fonts count="3"([^>]*)>/, '<fonts count="4"$1>')
      .replace("</fonts>", '<font><sz val="12"/><name val=".VnTime"/><family val="2"/></font></fonts>')
      .replace('<cellXfs count="7">', '<cellXfs count="8">')
      .replace("</cellXfs>", '<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>');
    b.sheet = b.sheet.replace('<dimension ref="A1:I14"/>', '<dimension ref="A1:I16"/>');
    return b;
  }
  constructor(zip) {
    this.zip = zip;
  }
  async load() {
    const t = (p) => this.zip.file(p).async("string");
    this.types = await t("[Content_Types].xml");
    this.workbook = await t("xl/workbook.xml");
    this.wbRels = await t("xl/_rels/workbook.xml.rels");
    this.sheet = await t("xl/worksheets/sheet1.xml");
    this.sst = await t("xl/sharedStrings.xml");
    this.styles = await t("xl/styles.xml");
    this.sheetRels = [];
  }
  string(text) {
    const n = (this.sst.match(/<si>/g) || []).length;
    this.sst = this.sst
      .replace("</sst>", `<si><t xml:space="preserve">${text}</t></si></sst>`)
      .replace(/uniqueCount="\d+"/, `uniqueCount="${n + 1}"`)
      .replace(/ count="\d+"/, ` count="${n + 1}"`);
    return n;
  }
  override(part, type) {
    this.types = this.types.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`);
  }
  default(ext, type) {
    this.types = this.types.replace("</Types>", `<Default Extension="${ext}" ContentType="${type}"/></Types>`);
  }
  wbRel(id, type, target) {
    this.wbRels = this.wbRels.replace("</Relationships>", `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`);
  }
  /** Insert a worksheet child before the first of `before` present, else before </worksheet>. */
  sheetChild(xml, before) {
    for (const tag of before) {
      const at = this.sheet.indexOf(`<${tag}`);
      if (at >= 0) {
        this.sheet = this.sheet.slice(0, at) + xml + this.sheet.slice(at);
        return;
      }
    }
    this.sheet = this.sheet.replace("</worksheet>", `${xml}</worksheet>`);
  }
  async write(name) {
    const z = this.zip;
    z.file("[Content_Types].xml", this.types);
    z.file("xl/workbook.xml", this.workbook);
    z.file("xl/_rels/workbook.xml.rels", this.wbRels);
    z.file("xl/worksheets/sheet1.xml", this.sheet);
    z.file("xl/sharedStrings.xml", this.sst);
    z.file("xl/styles.xml", this.styles);
    if (this.sheetRels.length) z.file("xl/worksheets/_rels/sheet1.xml.rels", rels(this.sheetRels));
    for (const f of Object.values(z.files)) f.date = DATE;
    const bytes = await z.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    fs.writeFileSync(path.join(HERE, name), bytes);
  }
}

const AFTER_SHEETDATA = ["sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "ignoredErrors", "drawing", "legacyDrawing", "tableParts", "extLst"];
const after = (tag) => AFTER_SHEETDATA.slice(AFTER_SHEETDATA.indexOf(tag) + 1);

/** A 1×1 red PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64");

async function chartImage() {
  const b = await Book.base();
  b.sheetRels.push(["rId1", `${R}/drawing`, "../drawings/drawing1.xml"]);
  b.sheetChild('<drawing r:id="rId1"/>', after("drawing"));
  const anchor = (from, to, body) =>
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${from[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${to[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;
  const chartFrame = `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Biểu đồ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
  const pic = `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Hình 2" descr="Logo"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="609600" cy="609600"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`;
  b.zip.file(
    "xl/drawings/drawing1.xml",
    `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}">${anchor([10, 4], [18, 20], chartFrame)}${anchor([0, 17], [1, 20], pic)}</xdr:wsDr>`
  );
  b.zip.file("xl/drawings/_rels/drawing1.xml.rels", rels([["rId1", `${R}/chart`, "../charts/chart1.xml"], ["rId2", `${R}/image`, "../media/image1.png"]]));
  const ser = `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>'Phụ lục'!$E$7</c:f></c:strRef></c:tx><c:cat><c:strRef><c:f>'Phụ lục'!$B$8:$B$13</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'Phụ lục'!$E$8:$E$13</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="6"/>${[1, 3, 4, 2, 9, 13].map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join("")}</c:numCache></c:numRef></c:val></c:ser>`;
  b.zip.file(
    "xl/charts/chart1.xml",
    `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Số hộ nghèo theo thôn</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${ser}<c:axId val="100"/><c:axId val="200"/></c:barChart><c:catAx><c:axId val="100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="200"/></c:catAx><c:valAx><c:axId val="200"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="100"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`
  );
  b.zip.file("xl/media/image1.png", PNG);
  b.default("png", "image/png");
  b.override("xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml");
  b.override("xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
  await b.write("chart-image.xlsx");
}

async function comments() {
  const b = await Book.base();
  b.sheetRels.push(["rId1", `${R}/vmlDrawing`, "../drawings/vmlDrawing1.vml"]);
  b.sheetRels.push(["rId2", `${R}/comments`, "../comments1.xml"]);
  b.sheetRels.push(["rId3", "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment", "../threadedComments/threadedComment1.xml"]);
  b.sheetChild('<legacyDrawing r:id="rId1"/>', after("legacyDrawing"));
  const threadId = "{6A1B2C3D-0000-4000-8000-000000000001}";
  b.zip.file(
    "xl/comments1.xml",
    `${DECL}<comments xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"><authors><author>tc=${threadId}</author><author>Cán bộ xã</author></authors><commentList><comment ref="E9" authorId="0" shapeId="0" xr:uid="${threadId}"><text><t>[Threaded comment]\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    Đã rà soát lại số hộ nghèo</t></text></comment><comment ref="B13" authorId="1" shapeId="0"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t>Cán bộ xã:</t></r><r><rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">\nThôn mới sáp nhập</t></r></text></comment></commentList></comments>`
  );
  const shape = (id, row, col) =>
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>5, 15, 0, 2, 7, 15, 4, 2</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
  b.zip.file(
    "xl/drawings/vmlDrawing1.vml",
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${shape(1025, 8, 4)}${shape(1026, 12, 1)}</xml>`
  );
  const personId = "{0B3F9A5E-1111-4222-8333-444455556666}";
  b.zip.file(
    "xl/threadedComments/threadedComment1.xml",
    `${DECL}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><threadedComment ref="E9" dT="2024-01-10T08:30:00.00" personId="${personId}" id="${threadId}"><text>Đã rà soát lại số hộ nghèo</text></threadedComment></ThreadedComments>`
  );
  b.zip.file(
    "xl/persons/person.xml",
    `${DECL}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><person displayName="Cán bộ xã" id="${personId}" userId="canbo@xa.gov.vn" providerId="None"/></personList>`
  );
  b.wbRel("rId90", "http://schemas.microsoft.com/office/2017/10/relationships/person", "persons/person.xml");
  b.default("vml", "application/vnd.openxmlformats-officedocument.vmlDrawing");
  b.override("xl/comments1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml");
  b.override("xl/threadedComments/threadedComment1.xml", "application/vnd.ms-excel.threadedcomments+xml");
  b.override("xl/persons/person.xml", "application/vnd.ms-excel.person+xml");
  await b.write("comments.xlsx");
}

async function dataValidation() {
  const b = await Book.base();
  b.sheetChild(
    '<dataValidations count="2"><dataValidation type="whole" operator="greaterThanOrEqual" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Sai số liệu" error="Số hộ phải là số nguyên không âm" promptTitle="Số hộ nghèo" prompt="Nhập số hộ nghèo của thôn" sqref="E8:E13"><formula1>0</formula1></dataValidation><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="B8:B13"><formula1>"Quang Trung,Làng Gió,Thắng Lộc,Làng Sao,Hợp Thành,Làng Mài"</formula1></dataValidation></dataValidations>',
    after("dataValidations")
  );
  await b.write("data-validation.xlsx");
}

async function conditionalFormats() {
  const b = await Book.base();
  b.styles = b.styles.replace('<dxfs count="0"/>', '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>');
  b.sheetChild(
    '<conditionalFormatting sqref="F8:F13"><cfRule type="cellIs" dxfId="0" priority="2" operator="greaterThan"><formula>5</formula></cfRule></conditionalFormatting><conditionalFormatting sqref="I8:I13"><cfRule type="colorScale" priority="1"><colorScale><cfvo type="min"/><cfvo type="max"/><color rgb="FF63BE7B"/><color rgb="FFF8696B"/></colorScale></cfRule></conditionalFormatting>',
    after("conditionalFormatting")
  );
  await b.write("conditional-formats.xlsx");
}

async function definedNames() {
  const b = await Book.base();
  b.workbook = b.workbook.replace(
    "</sheets>",
    `</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'Phụ lục'!$A$1:$I$14</definedName><definedName name="ChuanNgheoNongThon">1500000</definedName><definedName name="DanhSachThon">'Phụ lục'!$B$8:$B$13</definedName><definedName name="HoNgheo" comment="Số hộ nghèo các thôn">'Phụ lục'!$E$8:$E$13</definedName><definedName name="TongHoNgheo">SUM('Phụ lục'!$E$8:$E$13)</definedName><definedName name="VungDuLieu" localSheetId="0" hidden="1">'Phụ lục'!$A$8:$I$13</definedName></definedNames>`
  );
  await b.write("defined-names.xlsx");
}

async function pageSetup() {
  const b = await Book.base();
  b.sheet = b.sheet.replace(/<pageSetup [^>]*\/>/, '<pageSetup paperSize="9" scale="85" fitToHeight="0" orientation="landscape" horizontalDpi="600" verticalDpi="600"/>');
  b.sheet = b.sheet.replace("<dimension", '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension');
  b.sheetChild('<printOptions horizontalCentered="1"/>', after("printOptions"));
  b.sheetChild('<headerFooter differentFirst="1"><oddHeader>&amp;C&amp;"Times New Roman,Bold"UBND XÃ BÌNH LƯƠNG</oddHeader><oddFooter>&amp;LKế hoạch giảm nghèo 2024&amp;RTrang &amp;P / &amp;N</oddFooter><firstFooter>&amp;CPhụ lục kèm theo Kế hoạch</firstFooter></headerFooter><rowBreaks count="1" manualBreakCount="1"><brk id="11" max="16383" man="1"/></rowBreaks>', after("rowBreaks"));
  b.workbook = b.workbook.replace("</sheets>", `</sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'Phụ lục'!$5:$7</definedName></definedNames>`);
  await b.write("page-setup.xlsx");
}

async function pivotTable() {
  const b = await Book.base();
  b.workbook = b.workbook
    .replace("</sheets>", '<sheet name="Pivot" sheetId="2" r:id="rId20"/></sheets>')
    .replace("</workbook>", '<pivotCaches><pivotCache cacheId="7" r:id="rId21"/></pivotCaches></workbook>');
  b.wbRel("rId20", `${R}/worksheet`, "worksheets/sheet2.xml");
  b.wbRel("rId21", `${R}/pivotCacheDefinition`, "pivotCache/pivotCacheDefinition1.xml");
  const villages = ["Quang Trung", "Làng Gió", "Thắng Lộc", "Làng Sao", "Hợp Thành", "Làng Mài"];
  const poor = [1, 3, 4, 2, 9, 13];
  b.zip.file(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `${DECL}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshedBy="Cán bộ xã" refreshedDate="45301.5" createdVersion="8" refreshedVersion="8" minRefreshableVersion="3" recordCount="6"><cacheSource type="worksheet"><worksheetSource ref="B7:E13" sheet="Phụ lục"/></cacheSource><cacheFields count="4"><cacheField name="Thôn" numFmtId="0"><sharedItems count="6">${villages.map((v) => `<s v="${v}"/>`).join("")}</sharedItems></cacheField><cacheField name="Tổng dân số" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="451" maxValue="611"/></cacheField><cacheField name="Tổng số hộ" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="98" maxValue="144"/></cacheField><cacheField name="Số hộ nghèo" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="1" maxValue="13"/></cacheField></cacheFields></pivotCacheDefinition>`
  );
  b.zip.file("xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels", rels([["rId1", `${R}/pivotCacheRecords`, "pivotCacheRecords1.xml"]]));
  const pop = [479, 485, 527, 451, 611, 464];
  const hh = [126, 126, 130, 105, 144, 98];
  b.zip.file(
    "xl/pivotCache/pivotCacheRecords1.xml",
    `${DECL}<pivotCacheRecords xmlns="${MAIN}" xmlns:r="${R}" count="6">${villages.map((_, i) => `<r><x v="${i}"/><n v="${pop[i]}"/><n v="${hh[i]}"/><n v="${poor[i]}"/></r>`).join("")}</pivotCacheRecords>`
  );
  const rowItems = villages.map((_, i) => `<i><x v="${i}"/></i>`).join("");
  b.zip.file(
    "xl/pivotTables/pivotTable1.xml",
    `${DECL}<pivotTableDefinition xmlns="${MAIN}" name="PivotTable1" cacheId="7" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Values" updatedVersion="8" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="8" indent="0" outline="1" outlineData="1" multipleFieldFilters="0"><location ref="A3:B10" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="4"><pivotField axis="axisRow" showAll="0"><items count="7">${villages.map((_, i) => `<item x="${i}"/>`).join("")}<item t="default"/></items></pivotField><pivotField showAll="0"/><pivotField showAll="0"/><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="7">${rowItems}<i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Sum of Số hộ nghèo" fld="3" baseField="0" baseItem="0"/></dataFields><pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>`
  );
  b.zip.file("xl/pivotTables/_rels/pivotTable1.xml.rels", rels([["rId1", `${R}/pivotCacheDefinition`, "../pivotCache/pivotCacheDefinition1.xml"]]));
  const label = b.string("Row Labels");
  const sumLabel = b.string("Sum of Số hộ nghèo");
  const grand = b.string("Grand Total");
  const vIdx = villages.map((v) => b.string(v));
  const rows = villages.map((_, i) => `<row r="${i + 4}"><c r="A${i + 4}" t="s"><v>${vIdx[i]}</v></c><c r="B${i + 4}"><v>${poor[i]}</v></c></row>`).join("");
  b.zip.file(
    "xl/worksheets/sheet2.xml",
    `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A3:B10"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData><row r="3"><c r="A3" t="s"><v>${label}</v></c><c r="B3" t="s"><v>${sumLabel}</v></c></row>${rows}<row r="10"><c r="A10" t="s"><v>${grand}</v></c><c r="B10"><v>32</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
  b.zip.file("xl/worksheets/_rels/sheet2.xml.rels", rels([["rId1", `${R}/pivotTable`, "../pivotTables/pivotTable1.xml"]]));
  b.override("xl/worksheets/sheet2.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
  b.override("xl/pivotCache/pivotCacheDefinition1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml");
  b.override("xl/pivotCache/pivotCacheRecords1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml");
  b.override("xl/pivotTables/pivotTable1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml");
  await b.write("pivot-table.xlsx");
}

async function customXml() {
  const b = await Book.base();
  const id = "{3E5C8A11-2B4D-4F6A-9C7E-1A2B3C4D5E6F}";
  b.zip.file("customXml/item1.xml", `<?xml version="1.0" encoding="UTF-8"?><hoSo xmlns="urn:giamngheo:hoso"><maXa>09999</maXa><nam>2024</nam></hoSo>`);
  b.zip.file(
    "customXml/itemProps1.xml",
    `${DECL}<ds:datastoreItem ds:itemID="${id}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="urn:giamngheo:hoso"/></ds:schemaRefs></ds:datastoreItem>`
  );
  b.zip.file("customXml/_rels/item1.xml.rels", rels([["rId1", `${R}/customXmlProps`, "itemProps1.xml"]]));
  b.wbRel("rId91", `${R}/customXml`, "../customXml/item1.xml");
  b.override("customXml/itemProps1.xml", "application/vnd.openxmlformats-officedocument.customXmlProperties+xml");
  await b.write("custom-xml.xlsx");
}

async function richText() {
  const b = await Book.base();
  b.sst = b.sst
    .replace("<si><t>PHỤ LỤC:</t></si>", '<si><r><rPr><b/><sz val="13"/><color theme="1"/><rFont val="Times New Roman"/><family val="1"/></rPr><t>PHỤ LỤC</t></r><r><rPr><sz val="13"/><color rgb="FFC00000"/><rFont val="Times New Roman"/><family val="1"/></rPr><t>:</t></r></si>')
    .replace("<si><t>Quang Trung</t></si>", '<si><r><rPr><i/><sz val="11"/><rFont val="Calibri"/><family val="2"/></rPr><t xml:space="preserve">Quang </t></r><r><rPr><b/><sz val="11"/><rFont val="Calibri"/><family val="2"/></rPr><t>Trung</t></r><phoneticPr fontId="0" type="noConversion"/></si>');
  await b.write("rich-text.xlsx");
}

async function sharedFormulas() {
  const b = await Book.base();
  // F8:F13 = ROUND(E/D*100,2) as one shared formula (F9's cached result is stale: 2.5); I8:I13 = F - H.
  b.sheet = b.sheet.replace(/<c r="F(\d+)" s="5"><v>([\d.]+)<\/v><\/c>/g, (m, r, v) =>
    r === "8" ? `<c r="F8" s="5"><f t="shared" ref="F8:F13" si="0">ROUND(E8/D8*100,2)</f><v>${v}</v></c>` : `<c r="F${r}" s="5"><f t="shared" si="0"/><v>${v}</v></c>`
  );
  b.sheet = b.sheet.replace(/<c r="I(\d+)" s="5"><v>([\d.]+)<\/v><\/c>/g, (m, r, v) =>
    r === "8" ? `<c r="I8" s="5"><f t="shared" ref="I8:I13" si="1">F8-H8</f><v>${v}</v></c>` : `<c r="I${r}" s="5"><f t="shared" si="1"/><v>${v}</v></c>`
  );
  b.workbook = b.workbook.replace('<calcPr calcId="171027"/>', '<calcPr calcId="191029"/>');
  await b.write("shared-formulas.xlsx");
}

async function dynamicFilter() {
  const b = await Book.base();
  b.workbook = b.workbook.replace("</sheets>", '<sheet name="Danh sách hộ" sheetId="2" r:id="rId20"/></sheets>');
  b.wbRel("rId20", `${R}/worksheet`, "worksheets/sheet2.xml");
  const head = [b.string("Chủ hộ"), b.string("Số nhân khẩu")];
  const people = [["Lường Văn A", 4], ["Hà Thị B", 6], ["Vi Văn C", 2], ["Lục Thị D", 7], ["Hoàng Văn E", 3]];
  const avg = people.reduce((s, p) => s + p[1], 0) / people.length;
  const rows = people
    .map(([name, n], i) => `<row r="${i + 2}"${n > avg ? "" : ' hidden="1"'}><c r="A${i + 2}" t="s"><v>${b.string(name)}</v></c><c r="B${i + 2}"><v>${n}</v></c></row>`)
    .join("");
  // The list is an Excel Table filtered "Above Average": the criterion lives in the table part (exceljs cannot read it).
  b.zip.file(
    "xl/worksheets/sheet2.xml",
    `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetPr filterMode="1"/><dimension ref="A1:B6"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData><row r="1"><c r="A1" t="s"><v>${head[0]}</v></c><c r="B1" t="s"><v>${head[1]}</v></c></row>${rows}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`
  );
  b.zip.file("xl/worksheets/_rels/sheet2.xml.rels", rels([["rId1", `${R}/table`, "../tables/table1.xml"]]));
  b.zip.file(
    "xl/tables/table1.xml",
    `${DECL}<table xmlns="${MAIN}" id="1" name="DanhSachHo" displayName="DanhSachHo" ref="A1:B6"><autoFilter ref="A1:B6"><filterColumn colId="1"><dynamicFilter type="aboveAverage" val="${avg}"/></filterColumn></autoFilter><tableColumns count="2"><tableColumn id="1" name="Chủ hộ"/><tableColumn id="2" name="Số nhân khẩu"/></tableColumns><tableStyleInfo name="TableStyleMedium9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
  b.override("xl/worksheets/sheet2.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
  b.override("xl/tables/table1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml");
  await b.write("dynamic-filter.xlsx");
}

module.exports = { Book, rels, DECL, MAIN, R, after };

if (require.main === module) {
  (async () => {
    await chartImage();
    await comments();
    await dataValidation();
    await conditionalFormats();
    await definedNames();
    await pageSetup();
    await pivotTable();
    await customXml();
    await richText();
    await sharedFormulas();
    await dynamicFilter();
    await require("./make-tables").makeTables();
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
