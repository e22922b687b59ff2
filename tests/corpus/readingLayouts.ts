/**
 * Whole-layout workbooks for the readings DESIGN.md "Readings the contract fixes" pins down, and for the tables the
 * plan text and the allocation must read right: a literal-% rate column, a persons column under a group shared with
 * all households, a bare "Tỷ lệ (%)" right of the near-poor with wrong rates, headers in two languages, a
 * transitions table with start and end, a near-poor-only table with "Thôn" names, and a near-poor table on a sheet of
 * its own. (Plain fractions without a % format are in layoutCatalog.ts.)
 */
import type { Layout } from "./layouts";

const VILLAGES = ["Thôn 1", "Thôn 2", "Thôn 3", "Thôn 4", "Thôn 5"];
const BELOW = { at: "below", label: "Tổng cộng" } as const;

export const READING_LAYOUTS: readonly Layout[] = [
  {
    name: "rates in points under a literal percent sign (0.00\\%)",
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
                "Tỷ lệ hộ nghèo",
                "Số hộ giảm",
                "Tỷ lệ giảm",
              ],
            ],
            columns: ["index", "unit", "households", "poor", "poorRate", "poorCut", "poorCutRate"],
            rateFormat: "0.00\\%",
            units: VILLAGES,
            totals: BELOW,
          },
        ],
      },
    ],
  },
  {
    name: "persons column under a group header shared with all households",
    sheets: [
      {
        name: "Phụ lục",
        tables: [
          {
            header: [
              ["TT", "Thôn", "Tình hình hộ nghèo cuối năm 2024", null, null, null],
              [null, null, "Tổng số hộ", "Nhân khẩu", "Số hộ nghèo", "Tỷ lệ (%)"],
            ],
            merges: ["A1:A2", "B1:B2", "C1:F1"],
            columns: ["index", "unit", "households", "population", "poor", "poorRate"],
            units: VILLAGES,
            totals: BELOW,
          },
        ],
      },
    ],
  },
  {
    name: "bare 'Tỷ lệ (%)' right of the near-poor count, its rates wrong (the poor's)",
    // G holds each village's poor rate: still the near-poor rate, and every row is reported.
    issues: ["G2", "G3", "G4", "G5", "G6"].map((c) => `RATE_MISMATCH@${c}`),
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
                "Tỷ lệ (%)",
                "Số hộ cận nghèo",
                "Tỷ lệ (%)",
              ],
            ],
            columns: [
              "index",
              "unit",
              "households",
              "poor",
              "poorRate",
              "nearPoor",
              "nearPoorRate",
            ],
            units: VILLAGES,
            totals: BELOW,
          },
        ],
        stray: { G2: 2.38, G3: 5.42, G4: 2.06, G5: 4.5, G6: 3.53 },
      },
    ],
  },
  {
    name: "headers in Vietnamese and English ('STT / No.', 'Thôn / Village')",
    sheets: [
      {
        name: "Appendix",
        tables: [
          {
            header: [
              [
                "STT / No.",
                "Thôn / Village",
                "Dân số / Population",
                "Tổng số hộ / Households",
                "Số hộ nghèo / Poor households",
                "Tỷ lệ (%) / Rate (%)",
              ],
            ],
            columns: ["index", "unit", "population", "households", "poor", "poorRate"],
            units: VILLAGES,
            totals: { at: "below", label: "Tổng cộng / Total" },
          },
        ],
      },
    ],
  },
  {
    name: "transitions table with the start and the end of the year",
    sheets: [
      {
        name: "Diễn biến",
        tables: [
          {
            header: [
              [
                "TT",
                "Thôn",
                "Tổng số hộ",
                "Số hộ nghèo đầu năm",
                "Số hộ thoát nghèo",
                "Số hộ tái nghèo",
                "Số hộ nghèo phát sinh",
                "Số hộ nghèo cuối năm",
                "Tỷ lệ hộ nghèo cuối năm (%)",
              ],
            ],
            columns: [
              "index",
              "unit",
              "households",
              "poor",
              "poorExited",
              "poorReentered",
              "poorNew",
              "poorEnd",
              "poorEndRate",
            ],
            units: VILLAGES,
            totals: BELOW,
          },
        ],
      },
    ],
  },
  {
    name: "near-poor only, villages named 'Thôn …'",
    sheets: [
      {
        name: "Hộ cận nghèo",
        tables: [
          {
            header: [["TT", "Thôn", "Tổng số hộ", "Số hộ cận nghèo", "Tỷ lệ (%)"]],
            columns: ["index", "unit", "households", "nearPoor", "nearPoorRate"],
            units: VILLAGES,
            totals: BELOW,
          },
        ],
      },
    ],
  },
  {
    name: "poor on one sheet, near-poor on another",
    sheets: [
      {
        name: "Hộ nghèo",
        tables: [
          {
            header: [["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)", "Số hộ giảm"]],
            columns: ["index", "unit", "households", "poor", "poorRate", "poorCut"],
            units: VILLAGES,
            totals: BELOW,
          },
        ],
      },
      {
        name: "Hộ cận nghèo",
        tables: [
          {
            header: [
              ["TT", "Thôn", "Tổng số hộ", "Số hộ cận nghèo", "Tỷ lệ (%)", "Số hộ cận nghèo giảm"],
            ],
            columns: ["index", "unit", "households", "nearPoor", "nearPoorRate", "nearPoorCut"],
            units: VILLAGES,
            totals: BELOW,
          },
        ],
      },
    ],
  },
];
