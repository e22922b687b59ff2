/**
 * Whole-layout workbooks of merged communes and wards (since 1/7/2025): villages under former communes, tổ dân phố
 * under khu phố, clusters and tiểu khu, sub-totals on the heading row or on "Cộng …" rows above or below their
 * group, "Trong đó" rows under a unit or under the totals. Part of the layout corpus (layoutCatalog.ts).
 */
import type { Layout, Section, TableSpec } from "./layouts";

const FLAT: Pick<TableSpec, "header" | "columns"> = {
  header: [
    [
      "TT",
      "Thôn",
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
    "households",
    "poor",
    "poorRate",
    "poorCut",
    "poorCutRate",
    "projectedPoorRate",
  ],
};

const WARD_HEADER: Pick<TableSpec, "header" | "columns"> = {
  header: [["STT", "Tổ dân phố", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)", "Số hộ cận nghèo"]],
  columns: ["index", "unit", "households", "poor", "poorRate", "nearPoor"],
};

const TITLE = [
  "ỦY BAN NHÂN DÂN XÃ HƯNG NGUYÊN",
  "PHỤ LỤC",
  "GIAO CHỈ TIÊU GIẢM NGHÈO CÁC THÔN NĂM 2026",
];

/** The two former communes of a merged commune, each with a heading "I | Xã … (cũ)". */
const FORMER = (figures: boolean, subtotal?: "above" | "below"): Section[] => [
  {
    heading: "Xã Hưng Thịnh (cũ)",
    index: "I",
    headingFigures: figures,
    units: ["Thôn Đông", "Thôn Tây", "Thôn Nam"],
    ...(subtotal ? { subtotal: "Cộng xã Hưng Thịnh (cũ)", subtotalAt: subtotal } : {}),
  },
  {
    heading: "Xã Hưng Lợi (cũ)",
    index: "II",
    headingFigures: figures,
    units: ["Thôn Bắc", "Thôn Trung", "Thôn Mới"],
    ...(subtotal ? { subtotal: "Cộng xã Hưng Lợi (cũ)", subtotalAt: subtotal } : {}),
  },
];

/** Former communes marked only by their "Cộng xã … (cũ)" rows. */
const FORMER_BY_SUBTOTAL = (at: "above" | "below"): Section[] => [
  {
    heading: "",
    units: ["Thôn Đông", "Thôn Tây", "Thôn Nam"],
    subtotal: "Cộng xã Hưng Thịnh (cũ)",
    subtotalAt: at,
    name: "Xã Hưng Thịnh (cũ)",
  },
  {
    heading: "",
    units: ["Thôn Bắc", "Thôn Trung"],
    subtotal: "Cộng xã Hưng Lợi (cũ)",
    subtotalAt: at,
    name: "Xã Hưng Lợi (cũ)",
  },
];

export const GROUPED_LAYOUTS: readonly Layout[] = [
  {
    name: "merged commune: TOÀN XÃ first, then 'I | Xã … (cũ)' heading rows carrying their sub-totals",
    sheets: [
      {
        name: "Phụ lục",
        above: TITLE,
        tables: [{ ...FLAT, units: FORMER(true), totals: { at: "above", label: "TOÀN XÃ" } }],
      },
    ],
  },
  {
    name: "merged commune with formulas: sub-totals and totals as SUM over their own villages",
    sheets: [
      {
        name: "Phụ lục",
        tables: [
          {
            ...FLAT,
            formulas: true,
            units: FORMER(true),
            totals: { at: "above", label: "Toàn xã" },
          },
        ],
      },
    ],
  },
  {
    name: "merged commune: 'Cộng xã … (cũ)' rows below their villages, under label-only headings",
    sheets: [
      {
        name: "Phụ lục",
        tables: [
          { ...FLAT, units: FORMER(false, "below"), totals: { at: "below", label: "Tổng cộng" } },
        ],
      },
    ],
  },
  {
    name: "merged commune: 'Cộng xã … (cũ)' rows below their villages, no headings",
    sheets: [
      {
        name: "Phụ lục",
        tables: [
          {
            ...FLAT,
            units: FORMER_BY_SUBTOTAL("below"),
            totals: { at: "below", label: "Tổng cộng" },
          },
        ],
      },
    ],
  },
  {
    name: "merged commune: 'Cộng xã … (cũ)' rows above their villages",
    sheets: [
      {
        name: "Phụ lục",
        tables: [
          {
            ...FLAT,
            units: FORMER_BY_SUBTOTAL("above"),
            totals: { at: "above", label: "Toàn xã" },
          },
        ],
      },
    ],
  },
  {
    name: "ward: tổ dân phố under label-only 'I | Khu phố 1' headings",
    sheets: [
      {
        name: "Biểu 01",
        above: TITLE.slice(1),
        tables: [
          {
            ...WARD_HEADER,
            units: [
              { heading: "Khu phố 1", index: "I", units: ["Tổ dân phố 1", "Tổ dân phố 2"] },
              { heading: "Khu phố 2", index: "II", units: ["Tổ dân phố 3", "Tổ dân phố 4"] },
              { heading: "Khu phố 3", index: "III", units: ["Tổ dân phố 5"] },
            ],
            totals: { at: "below", label: "Toàn phường" },
          },
        ],
      },
    ],
  },
  {
    name: "ward: 'Cộng khu phố …' sub-totals below, khu phố headings without an index",
    sheets: [
      {
        name: "Biểu 01",
        tables: [
          {
            ...WARD_HEADER,
            units: [
              {
                heading: "Khu phố 3",
                units: ["Tổ 1", "Tổ 2", "Tổ 3"],
                subtotal: "Cộng khu phố 3",
              },
              { heading: "Khu phố 4", units: ["Tổ 4", "Tổ 5"], subtotal: "Cộng khu phố 4" },
            ],
            totals: { at: "below", label: "Tổng" },
          },
        ],
      },
    ],
  },
  {
    name: "'Tổng cộng' followed by 'Trong đó: hộ DTTS'",
    sheets: [
      {
        name: "Phụ lục",
        above: TITLE,
        tables: [
          {
            ...FLAT,
            units: ["Bản Phiêng", "Bản Nà Sản", "Bản Co Mạ", "Bản Huổi Một"],
            totals: { at: "below", label: "Tổng cộng" },
            breakdowns: [{ after: "totals", items: ["Trong đó: hộ DTTS"] }],
          },
        ],
        below: ["Người lập biểu"],
      },
    ],
  },
  {
    name: "totals on top followed by 'Trong đó' items, and '- Hộ …' items under a village",
    sheets: [
      {
        name: "Phụ lục",
        tables: [
          {
            ...FLAT,
            units: ["Thôn 1", "Thôn 2", "Thôn 3"],
            totals: { at: "above", label: "Toàn xã" },
            breakdowns: [
              { after: "totals", lead: "Trong đó:", items: ["- Hộ DTTS", "- Hộ có người có công"] },
              { after: 2, items: ["- Hộ DTTS"] },
            ],
          },
        ],
      },
    ],
  },
  {
    name: "clusters: label-only 'Cụm 1', 'Cụm 2' over villages",
    sheets: [
      {
        name: "Sheet1",
        tables: [
          {
            ...FLAT,
            units: [
              { heading: "Cụm 1", units: ["Thôn Hạ", "Thôn Thượng"] },
              { heading: "Cụm 2", units: ["Thôn Giữa", "Thôn Cuối", "Thôn Đầu"] },
            ],
            totals: { at: "below", label: "Cộng" },
          },
        ],
      },
    ],
  },
  {
    name: "tiểu khu headings carrying their figures over bản, no index on the heading",
    sheets: [
      {
        name: "Phụ lục",
        tables: [
          {
            ...FLAT,
            header: [["TT", "Bản, tiểu khu", ...(FLAT.header[0] as string[]).slice(2)]],
            units: [
              { heading: "Tiểu khu 1", headingFigures: true, units: ["Bản Phiêng", "Bản Lả"] },
              { heading: "Tiểu khu 2", headingFigures: true, units: ["Bản Co Mạ", "Bản Nà"] },
            ],
            totals: { at: "below", label: "Tổng cộng" },
          },
        ],
      },
    ],
  },
  {
    name: "roman numerals on label-only section headings with 'Cộng I' / 'Cộng II' sub-totals",
    sheets: [
      {
        name: "Phụ lục",
        tables: [
          {
            ...FLAT,
            units: [
              {
                heading: "Các thôn vùng thấp",
                index: "I",
                units: ["Thôn Đông", "Thôn Tây"],
                subtotal: "Cộng I",
              },
              {
                heading: "Các thôn vùng cao",
                index: "II",
                units: ["Thôn Nam", "Thôn Bắc"],
                subtotal: "Cộng II",
              },
            ],
            totals: { at: "below", label: "Tổng cộng (I+II)" },
          },
        ],
      },
    ],
  },
  {
    name: "letters a, b on khu phố headings carrying their figures",
    sheets: [
      {
        name: "Biểu 01",
        tables: [
          {
            ...WARD_HEADER,
            units: [
              {
                heading: "Khu phố Bắc",
                index: "a",
                headingFigures: true,
                units: ["Tổ 1", "Tổ 2"],
              },
              { heading: "Khu phố Nam", index: "b", headingFigures: true, units: ["Tổ 3", "Tổ 4"] },
            ],
            totals: { at: "below", label: "Toàn phường" },
          },
        ],
      },
    ],
  },
  {
    name: "merged commune without diacritics",
    plain: true,
    sheets: [
      {
        name: "Phu luc",
        tables: [{ ...FLAT, units: FORMER(true), totals: { at: "above", label: "TOÀN XÃ" } }],
      },
    ],
  },
];
