/**
 * The appendix as an Excel Table, as Excel writes it: `table-totals.xlsx` (a totals row, filter buttons on) and
 * `table-no-filter.xlsx` (filter buttons off: no autoFilter; totals as a plain row below). Both use structured
 * references (calculated column, totals formulas) — the constructs ExcelJS cannot parse (exceljs#1240).
 * Run through make-packages.js.
 */
const fs = require("fs");
const path = require("path");
const JSZip = require("jszip");

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DATE = new Date("2024-01-15T00:00:00Z");

const VILLAGES = ["Quang Trung", "Làng Gió", "Thắng Lộc", "Làng Sao", "Hợp Thành", "Làng Mài"];
const HOUSEHOLDS = [126, 126, 130, 105, 144, 98];
const POOR = [1, 3, 4, 2, 9, 13];
const round2 = (x) => Math.round(x * 100 + Number.EPSILON * 100) / 100;
const HEADERS = ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"];
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

async function write(name, { totalsRow, filter }) {
  const strings = [];
  const s = (text) => {
    const i = strings.indexOf(text);
    if (i >= 0) return i;
    strings.push(text);
    return strings.length - 1;
  };
  const str = (ref, text, style = 0) => `<c r="${ref}"${style ? ` s="${style}"` : ""} t="s"><v>${s(text)}</v></c>`;
  /** A row's rate as a structured reference: the same formula in every row, as Excel writes a calculated column. */
  const RATE = `ROUND(Bang1[[#This Row],[Số hộ nghèo]]/Bang1[[#This Row],[Tổng số hộ]]*100,2)`;
  const rows = [];
  rows.push(`<row r="1">${str("A1", "PHỤ LỤC: GIAO CHỈ TIÊU GIẢM NGHÈO CÁC THÔN NĂM 2024", 1)}</row>`);
  rows.push(`<row r="2">${str("A2", "(Kèm theo Kế hoạch số 12/KH-UBND của UBND xã Bình Lương)")}</row>`);
  rows.push(`<row r="3">${HEADERS.map((h, j) => str(`${"ABCDE"[j]}3`, h, 2)).join("")}</row>`);
  VILLAGES.forEach((v, i) => {
    const r = i + 4;
    rows.push(
      `<row r="${r}"><c r="A${r}"><v>${i + 1}</v></c>${str(`B${r}`, v)}<c r="C${r}"><v>${HOUSEHOLDS[i]}</v></c><c r="D${r}"><v>${POOR[i]}</v></c><c r="E${r}" s="3"><f>${esc(RATE)}</f><v>${round2((POOR[i] / HOUSEHOLDS[i]) * 100)}</v></c></row>`
    );
  });
  const hh = HOUSEHOLDS.reduce((a, b) => a + b, 0);
  const poor = POOR.reduce((a, b) => a + b, 0);
  const totalRate = round2((poor / hh) * 100);
  const totalsFormulas = totalsRow
    ? ["SUBTOTAL(109,Bang1[Tổng số hộ])", "SUBTOTAL(109,Bang1[Số hộ nghèo])", "ROUND(Bang1[[#Totals],[Số hộ nghèo]]/Bang1[[#Totals],[Tổng số hộ]]*100,2)"]
    : ["SUM(C4:C9)", "SUM(D4:D9)", "ROUND(D10/C10*100,2)"];
  rows.push(
    `<row r="10">${str("B10", "Tổng:", 2)}<c r="C10" s="2"><f>${esc(totalsFormulas[0])}</f><v>${hh}</v></c><c r="D10" s="2"><f>${esc(totalsFormulas[1])}</f><v>${poor}</v></c><c r="E10" s="4"><f>${esc(totalsFormulas[2])}</f><v>${totalRate}</v></c></row>`
  );
  const sheet = `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:E10"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="2" max="2" width="18" customWidth="1"/><col min="3" max="5" width="14" customWidth="1"/></cols><sheetData>${rows.join("")}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`;
  const ref = totalsRow ? "A3:E10" : "A3:E9";
  const columns = HEADERS.map((h, j) => {
    const id = j + 1;
    if (j === 4)
      return `<tableColumn id="${id}" name="${esc(h)}" dataDxfId="0"${totalsRow ? ' totalsRowFunction="custom"' : ""}><calculatedColumnFormula>${esc(RATE)}</calculatedColumnFormula>${totalsRow ? `<totalsRowFormula>${esc(totalsFormulas[2])}</totalsRowFormula>` : ""}</tableColumn>`;
    if (totalsRow && j === 1) return `<tableColumn id="${id}" name="${esc(h)}" totalsRowLabel="Tổng:"/>`;
    if (totalsRow && (j === 2 || j === 3)) return `<tableColumn id="${id}" name="${esc(h)}" totalsRowFunction="sum"/>`;
    return `<tableColumn id="${id}" name="${esc(h)}"/>`;
  }).join("");
  const table = `${DECL}<table xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr xr3" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" id="1" xr:uid="{8A1E4B2C-0000-4000-9000-000000000001}" name="Bang1" displayName="Bang1" ref="${ref}"${totalsRow ? ' totalsRowCount="1"' : ""}>${filter ? '<autoFilter ref="A3:E9" xr:uid="{8A1E4B2C-0000-4000-9000-000000000002}"/>' : ""}<tableColumns count="5">${columns}</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
  const sst = `${DECL}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((t) => `<si><t>${esc(t)}</t></si>`).join("")}</sst>`;
  const styles = `${DECL}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.00"/></numFmts><fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="12"/><name val="Times New Roman"/><family val="1"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" wrapText="1"/></xf><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><numFmt numFmtId="2" formatCode="0.00"/></dxf></dxfs><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`
  );
  zip.file("_rels/.rels", `${DECL}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file(
    "xl/workbook.xml",
    `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}"><workbookPr defaultThemeVersion="202300"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets><sheet name="Phụ lục" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `${DECL}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
  );
  zip.file("xl/worksheets/sheet1.xml", sheet);
  zip.file("xl/worksheets/_rels/sheet1.xml.rels", `${DECL}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${R}/table" Target="../tables/table1.xml"/></Relationships>`);
  zip.file("xl/tables/table1.xml", table);
  zip.file("xl/sharedStrings.xml", sst);
  zip.file("xl/styles.xml", styles);
  for (const f of Object.values(zip.files)) f.date = DATE;
  fs.writeFileSync(path.join(__dirname, name), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

async function makeTables() {
  await write("table-totals.xlsx", { totalsRow: true, filter: true });
  await write("table-no-filter.xlsx", { totalsRow: false, filter: false });
}

module.exports = { makeTables };
