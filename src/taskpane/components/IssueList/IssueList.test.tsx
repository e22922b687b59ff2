import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { validateTable, type Lang, type TableData } from "../../../core";
import { buildTable, HEADER } from "../../../../tests/core/helpers/buildTable";
import { formatRange } from "../../../../tests/core/helpers/buildGrid";
import { buildIssueTree } from "../../hooks/issueTree";
import { IssueList } from "./IssueList";

const XSS = "<img src=x onerror=alert(1)>";

/**
 * Row 2: a rate 1.9 shown as 1,90 (format 0.00) that should be 0,79. Row 3 (Làng Gió): a mistyped rate (2,83 for 2,38). Row 4: a cut above the poor count, so its projected rate is
 * negative. Row 5: a name that looks like HTML, with households as text. Row 6: the totals row, one off in poor.
 */
function table(): TableData {
  return buildTable(
    [
      HEADER,
      [1, "Quang Trung", 479, 126, 1, 1.9, 0, 0, 0.79],
      [2, "Làng Gió", 485, 126, 3, 2.83, 0, 0, 2.38],
      [3, "Làng Sao", 451, 105, 2, 1.9, 3, 2.86, -0.95],
      [4, XSS, 464, "98", 13, 13.27, 6, 6.12, 7.14],
      [null, "Tổng", 1879, 455, 20, 4.18, 9, 1.98, 2.2],
    ],
    { formats: formatRange("F2:F6", "0.00") }
  );
}

function renderList(lang: Lang = "vi") {
  const data = table();
  const tree = buildIssueTree(validateTable(data), data, false);
  const onSelect = jest.fn();
  const onFix = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <IssueList
        lang={lang}
        tree={tree}
        data={data}
        disabled={false}
        onSelect={onSelect}
        onFix={onFix}
      />
    </FluentProvider>
  );
  return { tree, onSelect, onFix };
}

const cellsIn = (el: HTMLElement) =>
  within(el)
    .queryAllByRole("button", { name: /^Chọn ô / })
    .map((b) => /^Chọn ô ([A-Z]+\d+)/.exec(b.textContent ?? "")?.[1]);

test("rows under headings; the totals row named as the totals; a mistyped rate apart, not as an error", () => {
  const { tree } = renderList();
  expect(screen.getByRole("heading", { name: "Dòng 4 · Làng Sao" })).toBeTruthy();
  expect(screen.getByRole("heading", { name: "Dòng tổng (dòng 6)" })).toBeTruthy();
  const recompute = screen.getByRole("list", { name: "Tỷ lệ cần tính lại" });
  expect(cellsIn(recompute)).toContain("F3");
  expect(tree.counts.recompute).toBeGreaterThan(0);
  expect(screen.queryByRole("heading", { name: /Dòng 3/ })).toBeNull();
});

test("every cell is listed once", () => {
  renderList();
  const cells = cellsIn(screen.getByRole("list", { name: "Danh sách vấn đề theo dòng" }));
  expect(new Set(cells).size).toBe(cells.length);
});

test("a negative projected rate is grouped under the cut that caused it, with advice for the cut", () => {
  renderList();
  const row4 = screen.getByRole("list", { name: "Dòng 4 · Làng Sao" });
  expect(cellsIn(row4)).toEqual(["G4", "I4"]);
  const caused = within(row4).getByRole("list", { name: "Do lỗi này" });
  expect(cellsIn(caused)).toEqual(["I4"]);
  expect(
    within(row4).getByText(
      "Nhập số hộ giảm không quá số hộ nghèo của thôn, hoặc phân bổ lại chỉ tiêu ở tab Tính toán."
    )
  ).toBeTruthy();
});

test("fix buttons say what they write, the totals one included, and fix in one click", () => {
  const { onFix } = renderList();
  fireEvent.click(screen.getByRole("button", { name: "Ô F3: Sửa thành 2,38" }));
  expect(onFix).toHaveBeenCalledWith(expect.objectContaining({ cell: "F3" }));
  expect(screen.getByRole("button", { name: "Ô E6: Sửa dòng tổng thành 19" })).toBeTruthy();
  expect(screen.getByRole("button", { name: "Ô D5: Đổi thành số 98" })).toBeTruthy();
});

test("numbers are printed as the cell shows them", () => {
  renderList();
  expect(
    screen.getByRole("button", { name: /^Chọn ô F3 .*ghi 2,83 nhưng tính ra 2,38/ })
  ).toBeTruthy();
});

test("a unit name that looks like HTML is shown as text, never parsed", () => {
  renderList();
  expect(screen.getByRole("heading", { name: `Dòng 5 · ${XSS}` })).toBeTruthy();
  expect(document.querySelector("img")).toBeNull();
});

test("activating an issue selects its cell, by click and by keyboard; severity in words", async () => {
  const user = userEvent.setup();
  const { onSelect } = renderList();
  await user.click(screen.getByRole("button", { name: /^Chọn ô G4 Lỗi/ }));
  expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ cell: "G4" }));
  const d5 = screen.getByRole("button", { name: /^Chọn ô D5 Cảnh báo/ });
  expect(d5.getAttribute("aria-label")).toBeNull();
  d5.focus();
  await user.keyboard("{Enter}");
  expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ cell: "D5" }));
});

test("English labels when the pane is in English", () => {
  renderList("en");
  expect(screen.getByRole("heading", { name: "Totals row (row 6)" })).toBeTruthy();
  expect(screen.getByRole("button", { name: "Cell E6: Set the total to 19" })).toBeTruthy();
});

test("a wrong sub-total is headed by its group and offers its villages' sum in one click", () => {
  const data = buildTable([
    ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo"],
    [null, "Toàn xã", 300, 15],
    ["I", "Xã Hưng Thịnh (cũ)", 200, 11],
    [1, "Thôn 1", 100, 5],
    [2, "Thôn 2", 100, 5],
    ["II", "Xã Hưng Lợi (cũ)", 100, 5],
    [3, "Thôn 3", 100, 5],
  ]);
  const onFix = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <IssueList
        lang="vi"
        tree={buildIssueTree(validateTable(data), data, false)}
        data={data}
        disabled={false}
        onSelect={jest.fn()}
        onFix={onFix}
      />
    </FluentProvider>
  );
  expect(
    screen.getByRole("heading", { name: "Dòng 3 · dòng cộng Xã Hưng Thịnh (cũ)" })
  ).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Ô D3: Sửa dòng cộng thành 10" }));
  expect(onFix).toHaveBeenCalledWith(expect.objectContaining({ code: "SUBTOTAL_MISMATCH" }));
});
