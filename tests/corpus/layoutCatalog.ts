/** The whole-layout corpus: each entry a workbook an officer could bring (see layouts.ts). */
import { GROUPED_LAYOUTS } from "./groupedLayouts";
import { READING_LAYOUTS } from "./readingLayouts";
import type { Layout, TableSpec } from "./layouts";

const VILLAGES = ["Thôn Đông", "Thôn Tây", "Thôn Nam", "Thôn Bắc", "Thôn Trung", "Thôn Mới"];
const WARD = ["Tổ dân phố 1", "Tổ dân phố 2", "Tổ dân phố 3", "Tổ dân phố 4", "Tổ dân phố 5"];
const HAMLETS = ["Ấp Bình Thạnh", "Ấp Tân Hòa", "Ấp Phú Lợi", "Ấp Long Hưng"];
const BANS = ["Bản Phiêng", "Bản Nà Sản", "Bản Co Mạ", "Bản Huổi Một", "Bản Lả"];

const TITLE = [
  "ỦY BAN NHÂN DÂN XÃ BÌNH AN",
  "PHỤ LỤC",
  "GIAO CHỈ TIÊU GIẢM NGHÈO CÁC THÔN NĂM 2025",
  "(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/01/2025 của UBND xã Bình An)",
];
const SIGN = ["Ghi chú: số liệu theo kết quả rà soát cuối năm 2024.", "Người lập biểu", "CHỦ TỊCH"];

const FLAT: Pick<TableSpec, "header" | "columns"> = {
  header: [
    [
      "TT",
      "Thôn",
      "Dân số",
      "Tổng số hộ",
      "Số hộ nghèo",
      "Tỷ lệ (%)",
      "Số hộ giảm nghèo",
      "Tỷ lệ giảm (%)",
      "Dự kiến tỷ lệ hộ nghèo cuối năm (%)",
    ],
  ],
  columns: [
    "index",
    "unit",
    "population",
    "households",
    "poor",
    "poorRate",
    "poorCut",
    "poorCutRate",
    "projectedPoorRate",
  ],
};

const TWO_ROW: Pick<TableSpec, "header" | "columns" | "merges"> = {
  header: [
    ["STT", "Tổ dân phố", "Tổng số hộ dân cư", "Hộ nghèo", null, "Chỉ tiêu giảm", null],
    [null, null, null, "Số hộ", "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)"],
  ],
  merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1"],
  columns: ["index", "unit", "households", "poor", "poorRate", "poorCut", "poorCutRate"],
};

const BELOW = { at: "below", label: "Tổng cộng" } as const;

export const LAYOUTS: readonly Layout[] = [
  {
    name: "ward: Tổ dân phố, two-row header, 'Toàn phường' below, notes and signatures",
    sheets: [
      {
        name: "Biểu 01",
        above: TITLE,
        tables: [{ ...TWO_ROW, units: WARD, totals: { at: "below", label: "Toàn phường" } }],
        below: SIGN,
      },
    ],
  },
  {
    name: "hamlets (ấp), totals on top",
    sheets: [
      {
        name: "Phụ lục",
        above: TITLE.slice(1),
        tables: [
          {
            ...FLAT,
            header: [["TT", "Ấp", ...(FLAT.header[0] as string[]).slice(2)]],
            units: HAMLETS,
            totals: { at: "above", label: "Toàn xã" },
          },
        ],
      },
    ],
  },
  {
    name: "bản with a column-number row carrying formulas",
    sheets: [
      {
        name: "PL giảm nghèo",
        above: TITLE,
        tables: [
          {
            ...FLAT,
            header: [
              [
                "TT",
                "Bản",
                "Số nhân khẩu",
                "Tổng số hộ",
                "Số hộ nghèo",
                "Tỷ lệ (%)",
                "Phấn đấu giảm",
                "Tỷ lệ giảm (%)",
                "Tỷ lệ hộ nghèo còn lại (%)",
              ],
            ],
            numbering: [
              "(1)",
              "(2)",
              "(3)",
              "(4)",
              "(5)",
              "(6)=(5)/(4)×100",
              "(7)",
              "(8)=(7)/(4)×100",
              "(9)=[(5)-(7)]/(4)×100",
            ],
            units: BANS,
            totals: { at: "below", label: "Cộng" },
          },
        ],
        below: SIGN,
      },
    ],
  },
  {
    name: "column-number row of letters and numbers, 'Số hộ giảm' / 'Giảm (hộ)'",
    sheets: [
      {
        name: "Sheet1",
        tables: [
          {
            header: [
              ["TT", "Tên thôn", "Tổng số hộ", "Hộ nghèo", "Tỷ lệ %", "Giảm (hộ)", "Giảm (%)"],
            ],
            columns: ["index", "unit", "households", "poor", "poorRate", "poorCut", "poorCutRate"],
            numbering: ["A", "B", 1, 2, "3=2/1", 4, "5=4/1"],
            units: VILLAGES,
            totals: BELOW,
          },
        ],
      },
    ],
  },
  {
    name: "square-bracket column numbers, header at C5 with stray cells",
    sheets: [
      {
        name: "Giao chỉ tiêu",
        at: "C5",
        tables: [
          {
            ...TWO_ROW,
            numbering: ["[1]", "[2]", "[3]", "[4]", "[5]", "[6]", "[7]"],
            units: VILLAGES.slice(0, 4),
            totals: BELOW,
          },
        ],
        stray: { N1: "Đơn vị tính: hộ", N3: "Biểu số 02" },
      },
    ],
  },
  {
    name: "two sections with sub-headings and sub-totals",
    sheets: [
      {
        name: "Phụ lục",
        above: TITLE.slice(1, 3),
        tables: [
          {
            ...FLAT,
            units: [
              {
                heading: "I. Khu vực thành thị",
                name: "Khu vực thành thị",
                units: ["Khu phố 1", "Khu phố 2"],
                subtotal: "Cộng khu vực I",
              },
              {
                heading: "II. Khu vực nông thôn",
                name: "Khu vực nông thôn",
                units: ["Thôn Hạ", "Thôn Thượng", "Thôn Giữa"],
                subtotal: "Cộng khu vực II",
              },
            ],
            totals: BELOW,
          },
        ],
      },
    ],
  },
  {
    name: "two tables on one sheet (poor, then near-poor)",
    sheets: [
      {
        name: "Chỉ tiêu",
        tables: [
          {
            header: [
              [
                "TT",
                "Thôn",
                "Tổng số hộ",
                "Số hộ nghèo",
                "Tỷ lệ hộ nghèo (%)",
                "Chỉ tiêu giảm (hộ)",
              ],
            ],
            columns: ["index", "unit", "households", "poor", "poorRate", "poorCut"],
            units: VILLAGES.slice(0, 5),
            totals: BELOW,
          },
          {
            header: [
              [
                "TT",
                "Thôn",
                "Tổng số hộ",
                "Số hộ cận nghèo",
                "Tỷ lệ hộ cận nghèo (%)",
                "Số hộ cận nghèo giảm",
              ],
            ],
            columns: ["index", "unit", "households", "nearPoor", "nearPoorRate", "nearPoorCut"],
            units: VILLAGES.slice(0, 5),
            totals: BELOW,
          },
        ],
      },
    ],
  },
  {
    name: "no diacritics anywhere",
    plain: true,
    sheets: [
      {
        name: "Phu luc",
        above: TITLE,
        tables: [{ ...TWO_ROW, units: VILLAGES, totals: { at: "below", label: "Tong cong" } }],
        below: SIGN,
      },
    ],
  },
  {
    name: "rates as plain fractions, no % format",
    issues: ["RATE_SHOWN_AS_FRACTION@E2", "RATE_SHOWN_AS_FRACTION@G2", "RATE_SHOWN_AS_FRACTION@H2"],
    sheets: [
      {
        name: "Phụ lục",
        tables: [
          {
            header: [
              [
                "TT",
                "Thôn",
                "Tổng số hộ",
                "Số hộ nghèo",
                "Tỷ lệ",
                "Số hộ giảm",
                "Tỷ lệ giảm",
                "Tỷ lệ cuối năm",
              ],
            ],
            columns: [
              "index",
              "unit",
              "households",
              "poor",
              "poorRate",
              "poorCut",
              "poorCutRate",
              "projectedPoorRate",
            ],
            form: "fraction",
            units: VILLAGES,
            totals: BELOW,
          },
        ],
      },
    ],
  },
  {
    name: "rates as fractions under a % format, formulas everywhere",
    sheets: [
      {
        name: "Biểu 2",
        tables: [
          {
            ...FLAT,
            percentFormat: true,
            formulas: true,
            units: WARD,
            totals: { at: "below", label: "Tổng:" },
          },
        ],
      },
    ],
  },
  {
    name: "rates and totals as formulas in percent points",
    sheets: [
      {
        name: "Phụ lục",
        above: TITLE,
        tables: [{ ...FLAT, formulas: true, units: VILLAGES, totals: BELOW }],
      },
    ],
  },
  {
    name: "cut columns without 'nghèo' under 'Kế hoạch năm 2025'",
    sheets: [
      {
        name: "KH 2025",
        tables: [
          {
            header: [
              [
                "TT",
                "Thôn",
                "Tổng số hộ",
                "Kết quả rà soát cuối năm 2024",
                null,
                "Kế hoạch năm 2025",
                null,
                null,
              ],
              [
                null,
                null,
                null,
                "Số hộ",
                "Tỷ lệ (%)",
                "Số hộ giảm",
                "Tỷ lệ giảm (%)",
                "Tỷ lệ còn lại (%)",
              ],
            ],
            merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:H1"],
            columns: [
              "index",
              "unit",
              "households",
              "poor",
              "poorRate",
              "poorCut",
              "poorCutRate",
              "projectedPoorRate",
            ],
            units: VILLAGES,
            totals: BELOW,
          },
        ],
      },
    ],
  },
  {
    name: "near-poor only",
    sheets: [
      {
        name: "Cận nghèo",
        tables: [
          {
            header: [
              [
                "STT",
                "Tổ dân phố",
                "Tổng số hộ",
                "Số hộ cận nghèo",
                "Tỷ lệ (%)",
                "Phấn đấu giảm (hộ)",
                "Tỷ lệ giảm (%)",
              ],
            ],
            columns: [
              "index",
              "unit",
              "households",
              "nearPoor",
              "nearPoorRate",
              "nearPoorCut",
              "nearPoorCutRate",
            ],
            units: WARD,
            totals: { at: "below", label: "Toàn phường" },
          },
        ],
      },
    ],
  },
  {
    name: "unlabelled totals row equal to the sums",
    sheets: [
      {
        name: "Sheet1",
        tables: [{ ...FLAT, units: VILLAGES, totals: { at: "below", label: null } }],
      },
    ],
  },
  {
    name: "the Bình Lương three-row header with 'Công tác giảm nghèo'",
    sheets: [
      {
        name: "Phụ lục",
        above: TITLE,
        tables: [
          {
            header: [
              [
                "TT",
                "Thôn",
                "Tổng dân số theo chi cục thống kê",
                "Công tác giảm nghèo",
                null,
                null,
                null,
                null,
                null,
              ],
              [
                null,
                null,
                null,
                "Tình hình hộ nghèo cuối năm 2024",
                null,
                null,
                "Kế hoạch giảm nghèo năm 2025",
                null,
                null,
              ],
              [
                null,
                null,
                null,
                "Tổng số hộ trên địa bàn",
                "Số hộ nghèo",
                "Tỷ lệ (%)",
                "Số hộ giảm nghèo",
                "Tỷ lệ giảm (%)",
                "Dự kiến tỷ lệ hộ nghèo cuối năm 2025 (%)",
              ],
            ],
            merges: ["A1:A3", "B1:B3", "C1:C3", "D1:I1", "D2:F2", "G2:I2"],
            columns: FLAT.columns,
            units: VILLAGES,
            totals: { at: "below", label: "Tổng:" },
          },
        ],
        below: SIGN,
      },
    ],
  },
  {
    name: "wide table: poor and near-poor, both cuts, both projections",
    sheets: [
      {
        name: "Tổng hợp KH",
        tables: [
          {
            header: [
              [
                "TT",
                "Thôn",
                "Tổng số hộ",
                "Hộ nghèo",
                null,
                "Hộ cận nghèo",
                null,
                "Chỉ tiêu giảm",
                null,
                null,
                null,
                "Dự kiến cuối năm",
                null,
              ],
              [
                null,
                null,
                null,
                "Số hộ",
                "Tỷ lệ (%)",
                "Số hộ",
                "Tỷ lệ (%)",
                "Hộ nghèo",
                "Tỷ lệ (%)",
                "Hộ cận nghèo",
                "Tỷ lệ (%)",
                "Tỷ lệ hộ nghèo (%)",
                "Tỷ lệ hộ cận nghèo (%)",
              ],
            ],
            merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1", "H1:K1", "L1:M1"],
            columns: [
              "index",
              "unit",
              "households",
              "poor",
              "poorRate",
              "nearPoor",
              "nearPoorRate",
              "poorCut",
              "poorCutRate",
              "nearPoorCut",
              "nearPoorCutRate",
              "projectedPoorRate",
              "projectedNearPoorRate",
            ],
            units: VILLAGES,
            totals: BELOW,
          },
        ],
      },
    ],
  },
  {
    name: "appendix on the second sheet after a cover letter",
    sheets: [
      {
        name: "Công văn",
        tables: [],
        above: [
          "ỦY BAN NHÂN DÂN XÃ BÌNH AN",
          "Kính gửi: Phòng Nông nghiệp và Môi trường",
          "Thực hiện Kế hoạch số 15/KH-UBND, UBND xã báo cáo như sau.",
        ],
      },
      {
        name: "Phụ lục 1",
        above: TITLE.slice(1),
        tables: [{ ...TWO_ROW, units: VILLAGES, totals: BELOW }],
      },
    ],
  },
  {
    name: "'Ghi chú' column and poor persons column stay unmapped",
    sheets: [
      {
        name: "Phụ lục",
        tables: [
          {
            header: [
              [
                "TT",
                "Khu phố",
                "Tổng số hộ",
                "Hộ nghèo",
                null,
                null,
                "Số hộ thoát nghèo",
                "Ghi chú",
              ],
              [null, null, null, "Số hộ", "Số khẩu", "Tỷ lệ (%)", null, null],
            ],
            merges: ["A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:G2", "H1:H2"],
            columns: [
              "index",
              "unit",
              "households",
              "poor",
              "persons",
              "poorRate",
              "poorCut",
              "note",
            ],
            units: ["Khu phố 1", "Khu phố 2", "Khu phố 3", "Khu phố 4"],
            totals: { at: "below", label: "Toàn thị trấn" },
          },
        ],
      },
    ],
  },
  {
    name: "blank rows inside the data and 'Tổng số (6 thôn)'",
    sheets: [
      {
        name: "Phụ lục",
        tables: [
          {
            ...FLAT,
            units: VILLAGES,
            blankAfter: [2, 4],
            totals: { at: "below", label: "Tổng số (6 thôn)" },
          },
        ],
      },
    ],
  },
  {
    name: "'Xóm' with 'Chỉ tiêu giao' and the projected rate by year",
    sheets: [
      {
        name: "Xóm",
        tables: [
          {
            header: [
              [
                "TT",
                "Xóm",
                "Số khẩu",
                "Số hộ",
                "Hộ nghèo",
                "Tỷ lệ hộ nghèo (%)",
                "Chỉ tiêu giao",
                "Tỷ lệ hộ nghèo năm 2025 (%)",
              ],
            ],
            columns: [
              "index",
              "unit",
              "population",
              "households",
              "poor",
              "poorRate",
              "poorCut",
              "projectedPoorRate",
            ],
            units: ["Xóm 1", "Xóm 2", "Xóm 3", "Xóm 4", "Xóm 5"],
            totals: BELOW,
          },
        ],
      },
    ],
  },
  {
    name: "column-number row '1 2 3' and the flat header repeated 'Tỷ lệ (%)'",
    sheets: [
      {
        name: "Phụ lục",
        tables: [
          {
            header: [
              [
                "TT",
                "Thôn",
                "Tổng số hộ",
                "Hộ nghèo",
                "Tỷ lệ (%)",
                "Số hộ giảm",
                "Tỷ lệ (%)",
                "Tỷ lệ (%)",
              ],
            ],
            columns: [
              "index",
              "unit",
              "households",
              "poor",
              "poorRate",
              "poorCut",
              "poorCutRate",
              "projectedPoorRate",
            ],
            numbering: [1, 2, 3, 4, 5, 6, 7, 8],
            units: VILLAGES,
            totals: BELOW,
          },
        ],
      },
    ],
  },
  {
    name: "line breaks in every header cell, bracketed letters in the number row",
    sheets: [
      {
        name: "PL",
        tables: [
          {
            header: [
              [
                "Số\nTT",
                "Tên\nthôn, bản",
                "Tổng số\nhộ",
                "Số hộ\nnghèo",
                "Tỷ lệ\n(%)",
                "Số hộ\ngiảm",
                "Tỷ lệ\ngiảm (%)",
              ],
            ],
            columns: ["index", "unit", "households", "poor", "poorRate", "poorCut", "poorCutRate"],
            numbering: ["(A)", "(B)", "(1)", "(2)", "(3)", "(4)", "(5)"],
            units: BANS,
            totals: BELOW,
          },
        ],
      },
    ],
  },
  {
    name: "no diacritics, fractions without % format, cut without 'ngheo'",
    plain: true,
    issues: ["RATE_SHOWN_AS_FRACTION@E2", "RATE_SHOWN_AS_FRACTION@G2"],
    sheets: [
      {
        name: "Sheet1",
        tables: [
          {
            header: [
              [
                "STT",
                "Ten thon",
                "Tong so ho",
                "So ho ngheo",
                "Ty le",
                "Phan dau giam",
                "Ty le giam",
              ],
            ],
            columns: ["index", "unit", "households", "poor", "poorRate", "poorCut", "poorCutRate"],
            form: "fraction",
            units: VILLAGES,
            totals: { at: "below", label: "Tong" },
          },
        ],
      },
    ],
  },
  {
    name: "'Đơn vị tính: hộ, %' right above the header, footnote marks in the headers",
    sheets: [
      {
        name: "Phụ lục",
        above: TITLE,
        stray: { G5: "Đơn vị tính: hộ, %" },
        tables: [
          {
            header: [
              [
                "STT",
                "Tổ dân phố",
                "Tổng số hộ dân cư (*)",
                "Hộ nghèo (**)",
                null,
                "Chỉ tiêu giảm",
                null,
              ],
              [null, null, null, "Số hộ", "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)"],
            ],
            merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1"],
            columns: ["index", "unit", "households", "poor", "poorRate", "poorCut", "poorCutRate"],
            units: WARD,
            totals: { at: "below", label: "Toàn phường" },
          },
        ],
        below: ["(*) Theo số liệu Công an phường.", "(**) Theo kết quả rà soát cuối năm 2024."],
      },
    ],
  },
  {
    name: "blank unit header right of 'TT'",
    sheets: [
      {
        name: "Phụ lục",
        tables: [
          {
            header: [
              ["TT", "", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)", "Số hộ giảm", "Tỷ lệ giảm (%)"],
            ],
            columns: ["index", "unit", "households", "poor", "poorRate", "poorCut", "poorCutRate"],
            units: VILLAGES,
            totals: BELOW,
          },
        ],
      },
    ],
  },
  {
    name: "a blank spacer column inside the table",
    sheets: [
      {
        name: "Phụ lục",
        tables: [
          {
            header: [
              [
                "TT",
                "Thôn",
                "Tổng số hộ",
                "Số hộ nghèo",
                null,
                "Tỷ lệ (%)",
                "Số hộ giảm",
                "Tỷ lệ giảm (%)",
              ],
            ],
            columns: [
              "index",
              "unit",
              "households",
              "poor",
              "note",
              "poorRate",
              "poorCut",
              "poorCutRate",
            ],
            units: VILLAGES,
            totals: BELOW,
          },
        ],
      },
    ],
  },
  {
    name: "totals on top without a label",
    sheets: [
      {
        name: "Phụ lục",
        above: TITLE,
        tables: [{ ...FLAT, units: VILLAGES, totals: { at: "above", label: null } }],
      },
    ],
  },
  {
    name: "totals under a label the vocabulary does not know ('Cộng chung')",
    sheets: [
      {
        name: "Phụ lục",
        tables: [{ ...TWO_ROW, units: WARD, totals: { at: "below", label: "Cộng chung" } }],
      },
    ],
  },
  {
    name: "totals on top and a column-number row",
    sheets: [
      {
        name: "Phụ lục",
        tables: [
          {
            ...TWO_ROW,
            numbering: ["(1)", "(2)", "(3)", "(4)", "(5)=(4)/(3)", "(6)", "(7)=(6)/(3)"],
            units: WARD,
            totals: { at: "above", label: "Toàn phường" },
          },
        ],
      },
    ],
  },
  ...GROUPED_LAYOUTS,
  ...READING_LAYOUTS,
];
