import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { binhLuongData } from "../../../../tests/summary/binhLuongData";
import {
  detectTables,
  HostError,
  type ApplyResult,
  type Grid,
  type RawValue,
  type TableData,
  type WorkbookHost,
  type WritePlan,
} from "../../../core";
import { noticeText, noticeWith, type Notice } from "../../hooks/notice";
import type { SummaryActions } from "../../hooks/useSummary";
import { SummarySection } from "./SummarySection";

function gridOf(sheet: string, values: RawValue[][]): Grid {
  return {
    sheet,
    top: 1,
    left: 1,
    values,
    formulas: values.map((r) => r.map(() => null)),
    numberFormats: values.map((r) => r.map(() => "General")),
    merges: [],
  };
}

const HEAD = [
  "Thôn",
  "Khu vực",
  "Thu nhập bình quân",
  "Việc làm",
  "Người phụ thuộc",
  "Dinh dưỡng",
  "Bảo hiểm y tế",
  "Trình độ giáo dục người lớn",
  "Trẻ em đi học",
  "Chất lượng nhà ở",
  "Diện tích nhà ở",
  "Nguồn nước",
  "Nhà tiêu hợp vệ sinh",
  "Dịch vụ viễn thông",
  "Phương tiện tiếp cận thông tin",
];

class FakeHost implements WorkbookHost {
  readonly kind = "xlsx" as const;
  readonly applied: WritePlan[] = [];
  readonly settings = new Map<string, string>();
  listCalls = 0;
  /** Sheets the officer added behind the pane's back (the host refuses to create them again). */
  readonly addedElsewhere: string[] = [];
  /** Generated sheets as the pane last read them (sheet → marker). */
  readonly markers = new Map<string, string>();
  constructor(private readonly grids: Record<string, Grid>) {}
  async listSheets() {
    this.listCalls++;
    return [
      ...Object.keys(this.grids),
      ...this.applied.flatMap((p) => p.sheets.filter((s) => s.create).map((s) => s.sheet)),
      ...this.addedElsewhere,
    ];
  }
  async activeSheet() {
    return Object.keys(this.grids)[0] as string;
  }
  readCalls = 0;
  async readGrid(sheet: string) {
    this.readCalls++;
    return this.grids[sheet] as Grid;
  }
  async apply(plan: WritePlan): Promise<ApplyResult> {
    const clash = plan.sheets.find((s) => s.create && this.addedElsewhere.includes(s.sheet));
    if (clash) throw new HostError("SHEET_EXISTS", { sheet: clash.sheet });
    this.applied.push(plan);
    return {
      cellsWritten: plan.sheets.reduce((n, s) => n + s.writes.length, 0),
      sheetsCreated: plan.sheets.filter((s) => s.create).map((s) => s.sheet),
    };
  }
  undoDepth() {
    return this.applied.length;
  }
  async undo() {
    return { status: "nothing" } as const;
  }
  async selectCell() {}
  async highlight() {}
  async clearHighlight() {}
  async loadSetting(key: string) {
    return this.settings.get(key) ?? null;
  }
  async saveSetting(key: string, value: string) {
    this.settings.set(key, value);
  }
  async onCellsChanged() {
    return async () => undefined;
  }
}

/** The pane's actions over the fake host, as useWorkbook gives them (the status line is `said`). */
function paneActions(host: FakeHost) {
  const said: Notice[] = [];
  const errors: unknown[] = [];
  const applyPlan = jest.fn(async (plan: WritePlan, label: Notice) => {
    const result = await host.apply(plan);
    said.push(noticeWith("statusWritten", {}, { what: label }));
    return result;
  });
  const actions: SummaryActions = {
    listSheets: () => host.listSheets(),
    generatedSheets: () => new Map(host.markers),
    readSheet: (sheet) => host.readGrid(sheet),
    loadSetting: (key) => host.loadSetting(key),
    saveSetting: (key, value) => host.saveSetting(key, value),
    applyPlan,
    announce: (n) => void said.push(n),
    reportError: (e) => void errors.push(e),
  };
  const status = () => (said.length > 0 ? noticeText(said[said.length - 1] as Notice, "vi") : "");
  return { actions, applyPlan, status, errors };
}

function appendixGrid(): Grid {
  const values: RawValue[][] = Array.from({ length: 14 }, () => Array<RawValue>(9).fill(null));
  (values[1] as RawValue[])[1] = "GIAO CHỈ TIÊU GIẢM NGHÈO CÁC THÔN NĂM 2024";
  (values[6] as RawValue[])[8] = "Dự kiến tỷ lệ hộ nghèo cuối năm 2024 (%)";
  return gridOf("Phụ lục", values);
}

function setup(
  data: TableData | null = binhLuongData(),
  targets?: { readonly poor: string; readonly nearPoor: string },
  otherSheets: Record<string, Grid> = {}
) {
  const roster = gridOf("Danh sách hộ", [
    HEAD,
    ["Làng Mài", "nông thôn", 1_200_000, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ["Làng Mài", "nông thôn", 1_400_000, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0],
    ["Làng Mài", "nông thôn", 5_000_000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  ]);
  const appendix = appendixGrid();
  const host = new FakeHost({ "Phụ lục": appendix, "Danh sách hộ": roster, ...otherSheets });
  const onBusy = jest.fn();
  const pane = paneActions(host);
  render(
    <FluentProvider theme={webLightTheme}>
      <SummarySection
        actions={pane.actions}
        data={data}
        grid={data ? appendix : null}
        lang="vi"
        busy={false}
        onBusy={onBusy}
        {...(targets ? { targets } : {})}
      />
    </FluentProvider>
  );
  return { host, onBusy, onChanged: pane.applyPlan, status: pane.status, errors: pane.errors };
}

test("without a table the tab says what to do first and offers no insert", async () => {
  setup(null);
  expect(await screen.findByText(/Chưa có bảng phụ lục/)).toBeTruthy();
  expect(
    (screen.getByRole("button", { name: "Chèn trang Tổng hợp" }) as HTMLButtonElement).disabled
  ).toBe(true);
});

test("narrative, chart and the year read from the headers", async () => {
  setup();
  const year = (await screen.findByRole("spinbutton", {
    name: "Năm kế hoạch",
  })) as HTMLInputElement;
  await waitFor(() => expect(year.value).toBe("2024"));
  const box = screen.getByRole("textbox", {
    name: "Câu văn cho kế hoạch",
    description: "Đoạn văn cho mục 2.1 của kế hoạch (chép vào văn bản):",
  }) as HTMLTextAreaElement;
  const text = box.value;
  expect(text).toContain("Số hộ nghèo toàn xã là 32 hộ, chiếm tỷ lệ 4,39%.");
  expect(text).toContain(
    "Phấn đấu giảm tỷ lệ hộ nghèo cuối năm 2024 từ 4,39% xuống còn 3,02%, tương đương 10 hộ, giảm 1,37%."
  );
  expect(screen.getByRole("img", { name: /Tỷ lệ hộ nghèo theo thôn/ })).toBeTruthy();
  expect(screen.getByText(/nông thôn 1\.500\.000 đồng/)).toBeTruthy();
});

test("last year's figures typed in the tab give the whole §2.1 paragraph; rate targets the a)–b) form", async () => {
  setup(binhLuongData(), { poor: "1,37%", nearPoor: "" });
  const year = (await screen.findByRole("spinbutton", {
    name: "Năm kế hoạch",
  })) as HTMLInputElement;
  await waitFor(() => expect(year.value).toBe("2024"));
  fireEvent.change(screen.getByRole("textbox", { name: "Số hộ nghèo năm trước" }), {
    target: { value: "40" },
  });
  fireEvent.change(screen.getByRole("textbox", { name: "Số hộ cận nghèo năm trước" }), {
    target: { value: "14" },
  });
  fireEvent.change(screen.getByRole("textbox", { name: /Số hộ cận nghèo năm nay/ }), {
    target: { value: "21" },
  });
  const text = (
    screen.getByRole("textbox", { name: "Câu văn cho kế hoạch" }) as HTMLTextAreaElement
  ).value;
  for (const sentence of [
    "Số hộ nghèo toàn xã năm 2023 là 40 hộ, chiếm tỷ lệ 5,49%.",
    "Số hộ cận nghèo năm 2023 là 14 hộ, chiếm tỷ lệ 1,92%.",
    "Số hộ nghèo rà soát cuối năm 2023 áp dụng chính sách cho năm 2024 là 32 hộ, chiếm tỷ lệ 4,39%, giảm 1,10%, tương đương 8 hộ so với năm 2023.",
    "Số hộ cận nghèo rà soát cuối năm 2023 là 21 hộ, chiếm tỷ lệ 2,88%.",
    // One target only: one plain sentence, never a lone "a)".
    "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều thực hiện mức giảm 1,37% (tương ứng số hộ nghèo phải giảm là 10 hộ).",
  ])
    expect(text).toContain(sentence);
  expect(text).not.toMatch(/^a\) /m);
});

test("insert the summary sheet: one labelled write through the pane, said on its status line", async () => {
  const { host, onChanged, onBusy, status } = setup();
  await screen.findByRole("spinbutton", { name: "Năm kế hoạch" });
  await act(async () =>
    fireEvent.click(screen.getByRole("button", { name: "Chèn trang Tổng hợp" }))
  );
  expect(host.applied).toHaveLength(1);
  expect(host.applied[0]?.sheets[0]?.sheet).toBe("Tổng hợp");
  expect(onChanged).toHaveBeenCalledTimes(1);
  expect(onBusy).toHaveBeenCalledWith(true);
  expect(onBusy).toHaveBeenLastCalledWith(false);
  expect(status()).toBe("Đã xong: Chèn trang “Tổng hợp”. Có thể hoàn tác.");
});

test("opening the tab reads no sheet again: the plan year comes from the grid the pane already read", async () => {
  const { host } = setup();
  expect(
    ((await screen.findByRole("spinbutton", { name: "Năm kế hoạch" })) as HTMLInputElement).value
  ).toBe("2024");
  expect(host.readCalls).toBe(0);
});

test("inserting twice asks first; cancel writes nothing, “Chèn thêm” names the copy uniquely without listing again", async () => {
  const { host, status } = setup();
  await screen.findByRole("spinbutton", { name: "Năm kế hoạch" });
  const listedOnOpen = host.listCalls;
  const insert = () =>
    act(async () => fireEvent.click(screen.getByRole("button", { name: "Chèn trang Tổng hợp" })));
  await insert();
  await insert();
  expect(host.applied).toHaveLength(1);
  expect(
    screen.getByText(
      "Sổ làm việc đã có trang “Tổng hợp”. Chèn thêm một trang mới tên “Tổng hợp (2)”?"
    )
  ).toBeTruthy();
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Hủy" })));
  expect(host.applied).toHaveLength(1);
  expect(status()).toBe("Đã hủy, không ghi gì vào bảng.");
  await insert();
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Chèn thêm" })));
  expect(host.applied.map((p) => p.sheets[0]?.sheet)).toEqual(["Tổng hợp", "Tổng hợp (2)"]);
  expect(host.listCalls).toBe(listedOnOpen);
});

test("a summary sheet the officer renamed is found by its marker: inserting asks first, and it is no roster", async () => {
  const { host } = setup(binhLuongData(), undefined, {
    "Báo cáo 2024": gridOf("Báo cáo 2024", [["TỔNG HỢP"]]),
  });
  host.markers.set("Báo cáo 2024", "summary");
  await screen.findByRole("spinbutton", { name: "Năm kế hoạch" });
  const picker = screen.getByRole("combobox", { name: "Trang danh sách hộ" }) as HTMLSelectElement;
  await waitFor(() =>
    expect([...picker.querySelectorAll("option")].map((o) => o.value)).toEqual(["", "Danh sách hộ"])
  );
  await act(async () =>
    fireEvent.click(screen.getByRole("button", { name: "Chèn trang Tổng hợp" }))
  );
  expect(host.applied).toHaveLength(0);
  expect(
    screen.getByText(
      "Sổ làm việc đã có trang “Báo cáo 2024”. Chèn thêm một trang mới tên “Tổng hợp”?"
    )
  ).toBeTruthy();
});

test("a sheet the officer added meanwhile is not overwritten: the pane lists again and picks another name", async () => {
  const { host, status } = setup();
  await screen.findByRole("spinbutton", { name: "Năm kế hoạch" });
  host.addedElsewhere.push("Tổng hợp");
  await act(async () =>
    fireEvent.click(screen.getByRole("button", { name: "Chèn trang Tổng hợp" }))
  );
  expect(host.applied.map((p) => p.sheets[0]?.sheet)).toEqual(["Tổng hợp (2)"]);
  expect(status()).toMatch(/Chèn trang “Tổng hợp \(2\)”/);
});

test("targets: the Phổ Minh preset fills inputs and goes into the deprivation sheet", async () => {
  const { host } = setup();
  await screen.findByRole("spinbutton", { name: "Năm kế hoạch" });
  fireEvent.click(screen.getByRole("button", { name: "Điền ví dụ Phổ Minh" }));
  expect((screen.getByLabelText(/4\. Bảo hiểm y tế/) as HTMLInputElement).value).toBe("100");
  expect((screen.getByLabelText(/1\. Việc làm/) as HTMLInputElement).value).toBe("");
  await act(async () =>
    fireEvent.click(screen.getByRole("button", { name: "Chèn trang Chỉ số thiếu hụt" }))
  );
  const sheet = host.applied[0]?.sheets[0];
  expect(sheet?.sheet).toBe("Chỉ số thiếu hụt");
  expect(sheet?.writes.find((w) => w.row === 6 && w.col === 19)?.cell).toEqual({ value: 100 });
});

test("choosing plan year 2027 switches to Decree 351/2025 and lists what is unconfirmed", async () => {
  setup();
  const year = (await screen.findByRole("spinbutton", {
    name: "Năm kế hoạch",
  })) as HTMLInputElement;
  await waitFor(() => expect(year.value).toBe("2024"));
  fireEvent.change(year, { target: { value: "2027" } });
  const standards = screen.getByRole("radiogroup", { name: "Chuẩn nghèo áp dụng" });
  expect(
    (
      within(standards).getByRole("radio", {
        name: "Nghị định 351/2025/NĐ-CP (áp dụng năm 2027–2030)",
      }) as HTMLInputElement
    ).checked
  ).toBe(true);
  expect(screen.getByText(/Chuẩn hộ có mức sống trung bình chưa được công bố/)).toBeTruthy();
  expect(screen.getByText(/Xử lý rác thải sinh hoạt/, { selector: "li" })).toBeTruthy();
  expect(screen.getByLabelText(/12\. Xử lý rác thải sinh hoạt \(\*\)/)).toBeTruthy();
  // A setting with defaults, folded, said once in words for officers (no warning box opening the tab).
  const fold = screen.getByRole("heading", {
    name: "Chuẩn nghèo năm 2027: Nghị định 351/2025 (2027–2030)",
  });
  expect(fold.closest("details")?.open).toBe(false);
  expect(screen.queryByText("Giá trị chưa xác nhận")).toBeNull();
});

test("roster: classify with progress, preview the counts, write them as one undoable step", async () => {
  const { host, onBusy } = setup();
  await screen.findByRole("spinbutton", { name: "Năm kế hoạch" });
  const picker = screen.getByRole("combobox", { name: "Trang danh sách hộ" }) as HTMLSelectElement;
  await waitFor(() => expect(picker.querySelectorAll("option")).toHaveLength(2));
  fireEvent.change(picker, { target: { value: "Danh sách hộ" } });
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Phân loại hộ" })));
  expect(
    await screen.findByText("3 hộ: 1 nghèo, 1 cận nghèo, 0 mức sống trung bình, 1 không nghèo.")
  ).toBeTruthy();
  expect(onBusy).toHaveBeenCalledWith(true, 1);
  const preview = screen.getByRole("table", { name: "Ô sẽ ghi" });
  expect(preview.textContent).toContain("E13");
  await act(async () =>
    fireEvent.click(
      screen.getByRole("button", { name: "Ghi số hộ nghèo, cận nghèo vào bảng phụ lục" })
    )
  );
  expect(host.applied[0]?.action).toBe("rosterCounts");
  expect(host.applied[0]?.sheets[0]?.writes).toEqual([{ row: 13, col: 5, cell: { value: 1 } }]);
});

test("copy puts the narrative on the clipboard", async () => {
  const writeText = jest.fn(async () => undefined);
  Object.assign(navigator, { clipboard: { writeText } });
  const { status } = setup();
  await screen.findByRole("spinbutton", { name: "Năm kế hoạch" });
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Sao chép" })));
  expect(writeText).toHaveBeenCalledWith(expect.stringContaining("4,39%"));
  expect(status()).toBe("Đã sao chép.");
});

test("an officer-set average line for 351/2025 is saved in the workbook and then used", async () => {
  const { host, status } = setup();
  const year = (await screen.findByRole("spinbutton", {
    name: "Năm kế hoạch",
  })) as HTMLInputElement;
  await waitFor(() => expect(year.value).toBe("2024"));
  expect(screen.queryByRole("button", { name: "Lưu mức sống trung bình" })).toBeNull();
  fireEvent.change(year, { target: { value: "2028" } });
  fireEvent.change(screen.getByRole("textbox", { name: /nông thôn \(đồng\)/ }), {
    target: { value: "2.000.000" },
  });
  fireEvent.change(screen.getByRole("textbox", { name: /thành thị \(đồng\)/ }), {
    target: { value: "4.200.000" },
  });
  await act(async () =>
    fireEvent.click(screen.getByRole("button", { name: "Lưu mức sống trung bình" }))
  );
  expect(status()).toMatch(/phải lớn hơn chuẩn thu nhập nghèo/);
  expect(host.settings.size).toBe(0);
  fireEvent.change(screen.getByRole("textbox", { name: /nông thôn \(đồng\)/ }), {
    target: { value: "3.300.000" },
  });
  await act(async () =>
    fireEvent.click(screen.getByRole("button", { name: "Lưu mức sống trung bình" }))
  );
  expect(JSON.parse(host.settings.get("giamngheo.standardSettings") ?? "{}")).toEqual({
    averageLines: { rural: 3_300_000, urban: 4_200_000 },
  });
  expect(
    await screen.findByText(/Mức sống trung bình: nông thôn đến 3\.300\.000 đồng/)
  ).toBeTruthy();
  expect(screen.getByText(/đang dùng giá trị do cán bộ nhập/)).toBeTruthy();
});

test("a table without a poor-household column (near-poor only) says which column is missing instead of crashing", async () => {
  const base = binhLuongData();
  const {
    poor: _poor,
    poorRate: _rate,
    poorCut: _cut,
    poorCutRate: _cutRate,
    projectedPoorRate: _proj,
    ...columns
  } = base.layout.columns;
  setup({ ...base, layout: { ...base.layout, columns } });
  expect(await screen.findByText(/Bảng chưa có cột Số hộ nghèo/)).toBeTruthy();
  expect(
    (screen.getByRole("button", { name: "Chèn trang Tổng hợp" }) as HTMLButtonElement).disabled
  ).toBe(true);
});

test("a near-poor table on another sheet feeds the narrative's near-poor sentences", async () => {
  const near = gridOf("Cận nghèo", [
    ["TT", "Thôn", "Tổng số hộ", "Số hộ cận nghèo", "Tỷ lệ (%)"],
    [1, "Quang Trung", 126, 2, 1.59],
    [2, "Làng Gió", 126, 3, 2.38],
    [3, "Thắng Lộc", 130, 4, 3.08],
    [4, "Làng Sao", 105, 2, 1.9],
    [5, "Hợp Thành", 144, 5, 3.47],
    [6, "Làng Mài", 98, 5, 5.1],
  ]);
  const detected = detectTables(near);
  if (!detected.ok) throw new Error(detected.reason);
  const data = binhLuongData();
  const host = new FakeHost({ "Phụ lục": appendixGrid(), "Cận nghèo": near });
  render(
    <FluentProvider theme={webLightTheme}>
      <SummarySection
        actions={paneActions(host).actions}
        data={data}
        grid={appendixGrid()}
        lang="vi"
        busy={false}
        onBusy={jest.fn()}
        tables={[data.layout, ...detected.tables]}
      />
    </FluentProvider>
  );
  const box = (await screen.findByRole("textbox", {
    name: "Câu văn cho kế hoạch",
  })) as HTMLTextAreaElement;
  await waitFor(() =>
    expect(box.value).toContain("Số hộ cận nghèo toàn xã là 21 hộ, chiếm tỷ lệ 2,88%.")
  );
});
