import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Issue } from "../../../core";
import { IssueList } from "./IssueList";
import type { IssueView } from "./IssueList.types";

const XSS = "<img src=x onerror=alert(1)>";

function issue(p: Partial<Issue> & Pick<Issue, "code" | "cell" | "row">): Issue {
  return { severity: "error", sheet: "Phụ lục", col: 6, role: "poorRate", actual: 1, ...p };
}

const items: IssueView[] = [
  {
    issue: issue({ code: "RATE_MISMATCH", cell: "F9", row: 9 }),
    message: "Tỷ lệ sai ở F9",
    fixable: true,
    occurrence: 0,
  },
  {
    issue: issue({ code: "NOT_A_NUMBER", cell: "E10", row: 10 }),
    message: "Không phải số ở E10",
    fixable: false,
    occurrence: 0,
  },
  {
    issue: issue({ code: "NUMBER_AS_TEXT", cell: "D13", row: 13, severity: "warning" }),
    message: "Số dạng chữ",
    fixable: true,
    occurrence: 0,
  },
];

function renderList(over: Partial<Parameters<typeof IssueList>[0]> = {}) {
  const onSelect = jest.fn();
  const onFix = jest.fn();
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <IssueList
        lang="vi"
        groups={[
          { row: 9, name: "Làng Gió", group: null, subtotal: false, items: [0] },
          { row: 10, name: XSS, group: null, subtotal: false, items: [1] },
          { row: 13, name: null, group: null, subtotal: false, items: [2] },
        ]}
        items={items}
        disabled={false}
        onSelect={onSelect}
        onFix={onFix}
        {...over}
      />
    </FluentProvider>
  );
  return { ...utils, onSelect, onFix };
}

test("groups issues by row under a heading with the unit's name", () => {
  renderList();
  expect(screen.getByRole("heading", { name: "Dòng 9 · Làng Gió" })).toBeTruthy();
  expect(screen.getByRole("heading", { name: "Dòng 13" })).toBeTruthy();
  const row9 = screen.getByRole("list", { name: "Dòng 9 · Làng Gió" });
  expect(within(row9).getAllByRole("listitem")).toHaveLength(1);
});

test("in a grouped table the heading names the group: a village's former commune, a sub-total's group", () => {
  renderList({
    groups: [
      { row: 9, name: "Thôn 1", group: "Xã Hưng Thịnh (cũ)", subtotal: false, items: [0] },
      { row: 10, name: null, group: "Xã Hưng Lợi (cũ)", subtotal: true, items: [1] },
    ],
  });
  expect(
    screen.getByRole("heading", { name: "Dòng 9 · Thôn 1 · Xã Hưng Thịnh (cũ)" })
  ).toBeTruthy();
  expect(
    screen.getByRole("heading", { name: "Dòng 10 · dòng cộng Xã Hưng Lợi (cũ)" })
  ).toBeTruthy();
});

test("a unit name that looks like HTML is shown as text, never parsed", () => {
  const { container } = renderList();
  expect(screen.getByRole("heading", { name: `Dòng 10 · ${XSS}` }).textContent).toBe(
    `Dòng 10 · ${XSS}`
  );
  expect(container.querySelector("img")).toBeNull();
});

test("activating an issue selects its cell, by click and by keyboard", async () => {
  const user = userEvent.setup();
  const { onSelect } = renderList();
  await user.click(screen.getByRole("button", { name: /Chọn ô F9/ }));
  expect(onSelect).toHaveBeenLastCalledWith(items[0]?.issue);
  screen.getByRole("button", { name: /Chọn ô E10/ }).focus();
  await user.keyboard("{Enter}");
  expect(onSelect).toHaveBeenLastCalledWith(items[1]?.issue);
  expect(onSelect).toHaveBeenCalledTimes(2);
});

test("severity is named in words, not only by colour", () => {
  renderList();
  // The name is the button's own text (no aria-label that differs from what is seen: WCAG 2.5.3).
  const d13 = screen.getByRole("button", { name: /^Chọn ô D13 Cảnh báo/ });
  expect(d13.getAttribute("aria-label")).toBeNull();
  expect(screen.getByRole("button", { name: /^Chọn ô F9 Lỗi/ })).toBeTruthy();
});

test("Sửa appears only where the engine offers a fix and calls onFix", () => {
  const { onFix } = renderList();
  expect(screen.queryByRole("button", { name: "Sửa ô E10" })).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "Sửa ô F9" }));
  expect(onFix).toHaveBeenCalledWith(items[0]?.issue);
  expect(screen.getAllByRole("button", { name: /^Sửa ô/ })).toHaveLength(2);
});

test("English labels when the pane is in English", () => {
  renderList({ lang: "en" });
  expect(screen.getByRole("heading", { name: "Row 9 · Làng Gió" })).toBeTruthy();
  expect(screen.getByRole("button", { name: "Fix cell F9" })).toBeTruthy();
});
