/**
 * The header corpus: real-sounding wordings of every appendix column, as officers write them. Each case is a header
 * (one or more rows, merges) with the role every column must get; tests/core/headerCorpus.test.ts fills it with
 * consistent numbers and checks detection and a clean check. Add a line here for every wording met in the field.
 */
import type { ColumnRole } from "../../src/core";

/** What an unmapped column holds, so the generated numbers are plausible. */
export type ExtraKind = "persons" | "note" | "projectedCount" | "nearPersons" | "subsetRate";

export type HeaderCase = {
  readonly name: string;
  /** Header rows, top to bottom; null where a merge continues. */
  readonly rows: readonly (readonly (string | null)[])[];
  readonly merges?: readonly string[];
  /** Role per column, left to right (an ExtraKind for a column that must stay unmapped). */
  readonly columns: readonly (ColumnRole | ExtraKind)[];
  /** Rates stored as fractions without a % format (0.0439). */
  readonly fractions?: boolean;
  /** Rates stored as fractions under a "0.00%" format. */
  readonly percentFormat?: boolean;
};

const FLAT_ROLES: readonly ColumnRole[] = [
  "index",
  "unit",
  "population",
  "households",
  "poor",
  "poorRate",
  "poorCut",
  "poorCutRate",
  "projectedPoorRate",
];
const FLAT_DEFAULT: readonly string[] = [
  "TT",
  "Thôn",
  "Dân số",
  "Tổng số hộ",
  "Số hộ nghèo",
  "Tỷ lệ (%)",
  "Số hộ giảm nghèo",
  "Tỷ lệ giảm (%)",
  "Dự kiến tỷ lệ hộ nghèo cuối năm (%)",
];

/** Wordings per column of the flat one-row header; each replaces the default of its column. */
const FLAT_VARIANTS: Partial<Record<ColumnRole, readonly string[]>> = {
  index: ["STT", "Số TT", "Số thứ tự", "Stt", "T.T", "S.T.T"],
  unit: [
    "Tên thôn",
    "Thôn, bản",
    "Tên thôn, bản",
    "Tổ dân phố",
    "Tên tổ dân phố",
    "TDP",
    "Thôn/TDP",
    "Thôn, tổ dân phố",
    "Tên thôn/tổ dân phố",
    "Khu phố",
    "Ấp",
    "Tên ấp",
    "Bản",
    "Tên bản",
    "Xóm",
    "Tên xóm",
    "Làng",
    "Buôn",
    "Khóm",
    "Sóc",
    "Plei",
    "Khu dân cư",
    "Tên khu dân cư",
    "Đơn vị",
    "Tên đơn vị",
    "Đơn vị hành chính",
    "Thôn (bản)",
    "Thôn/Bản/TDP",
    "Khối phố",
    "Địa bàn",
    "Thôn, xóm",
    "Tổ",
    "Khu",
    "Đội",
    "Buôn, bon",
    "Cụm dân cư",
    "Tên các thôn, tổ dân phố",
    "Thôn, làng, bản",
    "Tên thôn (tổ dân phố)",
    "Tên thôn, làng",
    "Thôn, tổ",
    "Tên ấp, khóm",
    "Thôn/xóm",
    "Khu dân cư (thôn)",
  ],
  population: [
    "Tổng dân số",
    "Tổng dân số theo chi cục thống kê",
    "Số nhân khẩu",
    "Nhân khẩu",
    "Số khẩu",
    "Tổng số nhân khẩu",
    "Dân số (người)",
    "Số dân",
    "Tổng số khẩu",
    "Số người",
    "Tổng nhân khẩu (người)",
    "Nhân khẩu (người)",
    "Số nhân khẩu (người)",
  ],
  households: [
    "Tổng số hộ dân cư",
    "Tổng số hộ trên địa bàn",
    "Số hộ dân",
    "Tổng hộ",
    "Tổng số hộ gia đình",
    "Số hộ",
    "Tổng số hộ (hộ)",
    "TS hộ",
    "Hộ dân cư",
    "Số hộ dân cư",
    "Tổng số hộ toàn thôn",
    "Tổng số hộ dân (hộ)",
    "Số hộ gia đình",
    "Tổng số hộ trong thôn",
    "Số hộ dân cư (hộ)",
    "Tổng số hộ gia đình (hộ)",
  ],
  poor: [
    "Hộ nghèo",
    "Hộ nghèo (hộ)",
    "Số hộ nghèo đầu năm",
    "Số hộ nghèo cuối năm 2023",
    "Tổng số hộ nghèo",
    "Hộ nghèo theo kết quả rà soát",
    "Số hộ nghèo năm 2024 (sau rà soát)",
    "Số HN",
    "Hộ nghèo đa chiều",
    "Số hộ nghèo hiện có",
    "Hộ nghèo cuối năm 2023",
    "Số hộ nghèo theo chuẩn nghèo đa chiều",
    "Số hộ nghèo đầu năm 2024",
    "Hộ nghèo hiện nay",
    "Tổng số hộ nghèo đầu kỳ",
    "Hộ nghèo (theo QĐ phê duyệt)",
    "Số hộ nghèo được công nhận",
    "Số hộ nghèo theo chuẩn 2022-2025",
  ],
  poorRate: [
    "Tỷ lệ %",
    "Tỉ lệ (%)",
    "Tỷ lệ hộ nghèo (%)",
    "TL (%)",
    "%",
    "Tỷ lệ hộ nghèo",
    "Tỷ lệ so với tổng số hộ (%)",
    "Chiếm tỷ lệ (%)",
    "Tỷ lệ hộ nghèo/tổng số hộ",
    "Tỷ lệ hộ nghèo đầu năm (%)",
    "Tỉ lệ hộ nghèo %",
    "Tỷ lệ hộ nghèo cuối năm 2023 (%)",
    "Tỷ lệ hộ nghèo so với tổng số hộ (%)",
    "Tỷ lệ hộ nghèo đầu kỳ (%)",
    "Tỷ lệ (%) hộ nghèo",
  ],
  poorCut: [
    "Chỉ tiêu giảm (hộ)",
    "Số hộ giảm",
    "Giảm (hộ)",
    "Phấn đấu giảm",
    "Phấn đấu giảm (hộ)",
    "Số hộ thoát nghèo",
    "Số hộ phấn đấu thoát nghèo",
    "Chỉ tiêu giao",
    "Chỉ tiêu giảm hộ nghèo năm 2024",
    "Kế hoạch giảm nghèo năm 2024",
    "Giao chỉ tiêu giảm",
    "Số hộ nghèo giảm",
    "Mục tiêu giảm (hộ)",
    "Số hộ dự kiến thoát nghèo",
    "Đăng ký thoát nghèo",
    "Hộ nghèo giảm",
    "Giảm",
    "Chỉ tiêu giảm",
    "Số hộ giảm năm 2024",
    "Số hộ nghèo giảm trong năm",
    "Chỉ tiêu (hộ)",
    "Kế hoạch (hộ)",
    "Thoát nghèo (hộ)",
    "Số hộ giảm được",
    "Chỉ tiêu giao năm 2024 (hộ)",
    "Số hộ nghèo phấn đấu giảm",
    "Số hộ phấn đấu giảm năm 2025",
    "Chỉ tiêu giảm số hộ nghèo",
    "Số hộ nghèo thoát nghèo",
    "Số hộ nghèo giảm (hộ)",
    "Phân bổ chỉ tiêu giảm (hộ)",
    "Chỉ tiêu phân bổ (hộ)",
    "Số hộ giao giảm",
  ],
  poorCutRate: [
    "Tỷ lệ giảm",
    "Giảm (%)",
    "Tỷ lệ giảm nghèo (%)",
    "Mức giảm (%)",
    "Tỷ lệ hộ nghèo giảm (%)",
    "Tỷ lệ thoát nghèo (%)",
    "Tỉ lệ giảm %",
    "Giảm tỷ lệ (%)",
    "Tỷ lệ (%)",
    "%",
    "Tỷ lệ giảm so với tổng số hộ (%)",
    "Tỷ lệ giảm hộ nghèo (%)",
    "Tỷ lệ giảm so với đầu năm (%)",
    "Mức giảm tỷ lệ hộ nghèo (%)",
    "Tỷ lệ hộ nghèo giảm trong năm (%)",
    "Giảm tỷ lệ hộ nghèo (%)",
  ],
  projectedPoorRate: [
    "Dự kiến tỷ lệ hộ nghèo cuối năm 2024 (%)",
    "Tỷ lệ hộ nghèo còn lại (%)",
    "Tỷ lệ hộ nghèo sau giảm (%)",
    "Tỷ lệ hộ nghèo cuối năm 2024",
    "Ước tỷ lệ hộ nghèo cuối năm (%)",
    "Tỷ lệ nghèo dự kiến (%)",
    "Tỷ lệ hộ nghèo đến cuối năm 2024 (%)",
    "Tỷ lệ hộ nghèo giảm còn (%)",
    "Tỷ lệ hộ nghèo năm 2024 (dự kiến)",
    "Phấn đấu tỷ lệ hộ nghèo xuống còn (%)",
    "Tỷ lệ hộ nghèo còn (%)",
    "Dự kiến cuối năm (%)",
    "Tỷ lệ hộ nghèo sau khi giảm (%)",
    "Tỷ lệ hộ nghèo năm 2025",
    "Tỷ lệ hộ nghèo cuối năm",
    "Tỷ lệ hộ nghèo cuối năm 2025 (dự kiến) (%)",
    "Tỷ lệ hộ nghèo dự kiến đến 31/12/2025 (%)",
    "Tỷ lệ hộ nghèo sau khi thực hiện (%)",
    "Dự kiến tỷ lệ hộ nghèo còn (%)",
    "Tỷ lệ nghèo cuối kỳ (%)",
    "Ước tỷ lệ hộ nghèo cuối năm 2025",
  ],
};

function flatCases(): HeaderCase[] {
  const out: HeaderCase[] = [];
  for (const [role, texts] of Object.entries(FLAT_VARIANTS) as [ColumnRole, string[]][]) {
    const at = FLAT_ROLES.indexOf(role);
    for (const text of texts) {
      const row = [...FLAT_DEFAULT];
      row[at] = text;
      out.push({ name: `${role}: ${text}`, rows: [row], columns: FLAT_ROLES });
    }
  }
  return out;
}

/** Multi-row headers with merged groups: the layouts of real plans. */
const GROUPED: readonly HeaderCase[] = [
  {
    name: "'Chỉ tiêu giảm' over 'Số hộ' | 'Tỷ lệ (%)'",
    rows: [
      ["TT", "Thôn", "Tổng số hộ", "Hộ nghèo", null, "Chỉ tiêu giảm", null],
      [null, null, null, "Số hộ", "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)"],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1"],
    columns: ["index", "unit", "households", "poor", "poorRate", "poorCut", "poorCutRate"],
  },
  {
    name: "'Kế hoạch năm 2024' over 'Số hộ' | 'Tỷ lệ'",
    rows: [
      [
        "STT",
        "Tổ dân phố",
        "Tổng số hộ dân cư",
        "Hộ nghèo cuối năm 2023",
        null,
        "Kế hoạch năm 2024",
        null,
      ],
      [null, null, null, "Số hộ", "Tỷ lệ", "Số hộ", "Tỷ lệ"],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1"],
    columns: ["index", "unit", "households", "poor", "poorRate", "poorCut", "poorCutRate"],
  },
  {
    name: "'Hộ nghèo' over 'Số hộ' | 'Số khẩu' | 'Tỷ lệ' (the poor's persons are not the population)",
    rows: [
      ["TT", "Thôn", "Tổng số hộ", "Dân số", "Hộ nghèo", null, null],
      [null, null, null, null, "Số hộ", "Số khẩu", "Tỷ lệ (%)"],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1"],
    columns: ["index", "unit", "households", "population", "poor", "persons", "poorRate"],
  },
  {
    name: "'Hộ nghèo đầu năm' over 'Tổng số' | 'Tỷ lệ'",
    rows: [
      ["TT", "Thôn", "Tổng số hộ", "Hộ nghèo đầu năm", null, "Số hộ giảm", "Tỷ lệ giảm (%)"],
      [null, null, null, "Tổng số", "Tỷ lệ", null, null],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2", "G1:G2"],
    columns: ["index", "unit", "households", "poor", "poorRate", "poorCut", "poorCutRate"],
  },
  {
    name: "the Bình Lương three-row header",
    rows: [
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
        "Tình hình hộ nghèo cuối năm 2023",
        null,
        null,
        "Kế hoạch giảm nghèo năm 2024",
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
        "Dự kiến tỷ lệ hộ nghèo cuối năm 2024 (%)",
      ],
    ],
    merges: ["A1:A3", "B1:B3", "C1:C3", "D1:I1", "D2:F2", "G2:I2"],
    columns: FLAT_ROLES,
  },
  {
    name: "'Giảm nghèo năm 2024' over 'Số hộ giảm' | 'Tỷ lệ giảm' | 'Tỷ lệ còn lại'",
    rows: [
      ["TT", "Xóm", "Số hộ", "Hộ nghèo", "Tỷ lệ (%)", "Giảm nghèo năm 2024", null, null],
      [null, null, null, null, null, "Số hộ giảm", "Tỷ lệ giảm", "Tỷ lệ còn lại"],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:H1"],
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
  },
  {
    name: "'Dự kiến cuối năm 2024' over 'Số hộ' | 'Tỷ lệ (%)' (the projected count has no role)",
    rows: [
      [
        "TT",
        "Thôn",
        "Tổng số hộ",
        "Số hộ nghèo",
        "Tỷ lệ (%)",
        "Số hộ giảm",
        "Dự kiến cuối năm 2024",
        null,
      ],
      [null, null, null, null, null, null, "Số hộ", "Tỷ lệ (%)"],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:F2", "G1:H1"],
    columns: [
      "index",
      "unit",
      "households",
      "poor",
      "poorRate",
      "poorCut",
      "projectedCount",
      "projectedPoorRate",
    ],
  },
  {
    name: "'Hộ nghèo cuối năm 2024' after the cut (the remaining poor never replace the start)",
    rows: [
      [
        "TT",
        "Thôn",
        "Tổng số hộ",
        "Hộ nghèo cuối năm 2023",
        null,
        "Số hộ giảm",
        "Hộ nghèo cuối năm 2024",
        null,
      ],
      [null, null, null, "Số hộ", "Tỷ lệ (%)", null, "Số hộ", "Tỷ lệ (%)"],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2", "G1:H1"],
    columns: [
      "index",
      "unit",
      "households",
      "poor",
      "poorRate",
      "poorCut",
      "projectedCount",
      "projectedPoorRate",
    ],
  },
  {
    name: "'Kết quả rà soát cuối năm 2023' over 'Số hộ' | 'Tỷ lệ' (no 'nghèo': the numbers decide)",
    rows: [
      ["TT", "Thôn", "Tổng số hộ", "Kết quả rà soát cuối năm 2023", null, "Phấn đấu giảm", null],
      [null, null, null, "Số hộ", "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)"],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1"],
    columns: ["index", "unit", "households", "poor", "poorRate", "poorCut", "poorCutRate"],
  },
  {
    name: "near-poor beside poor under groups",
    rows: [
      ["TT", "Thôn", "Tổng số hộ", "Hộ nghèo", null, "Hộ cận nghèo", null, "Chỉ tiêu giảm", null],
      [null, null, null, "Số hộ", "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)", "Hộ nghèo", "Hộ cận nghèo"],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1", "H1:I1"],
    columns: [
      "index",
      "unit",
      "households",
      "poor",
      "poorRate",
      "nearPoor",
      "nearPoorRate",
      "poorCut",
      "nearPoorCut",
    ],
  },
  {
    name: "near-poor only (HCN)",
    rows: [
      [
        "TT",
        "Tổ dân phố",
        "Tổng số hộ",
        "Số HCN",
        "Tỷ lệ HCN (%)",
        "Số hộ cận nghèo giảm",
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
  },
  {
    name: "flat header, 'Tỷ lệ (%)' repeated after every count",
    rows: [
      ["TT", "Thôn", "Tổng số hộ", "Hộ nghèo", "Tỷ lệ (%)", "Số hộ giảm", "Tỷ lệ (%)", "Tỷ lệ (%)"],
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
  },
  {
    name: "rates as plain fractions (no % format)",
    rows: [["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ", "Số hộ giảm", "Tỷ lệ giảm"]],
    columns: ["index", "unit", "households", "poor", "poorRate", "poorCut", "poorCutRate"],
    fractions: true,
  },
  {
    name: "rates as fractions under a % format",
    rows: [["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ", "Số hộ giảm", "Tỷ lệ giảm"]],
    columns: ["index", "unit", "households", "poor", "poorRate", "poorCut", "poorCutRate"],
    percentFormat: true,
  },
  {
    name: "'Số hộ' | 'Tỷ lệ' groups over 'Hộ nghèo' | 'Hộ cận nghèo'",
    rows: [
      ["TT", "Thôn", "Tổng số hộ", "Số hộ", null, "Tỷ lệ (%)", null],
      [null, null, null, "Hộ nghèo", "Hộ cận nghèo", "Hộ nghèo", "Hộ cận nghèo"],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1"],
    columns: ["index", "unit", "households", "poor", "nearPoor", "poorRate", "nearPoorRate"],
  },
  {
    name: "'Ghi chú' column at the end stays unmapped",
    rows: [
      [
        "STT",
        "Tên thôn",
        "Tổng số hộ",
        "Số hộ nghèo",
        "Tỷ lệ (%)",
        "Chỉ tiêu giảm (hộ)",
        "Ghi chú",
      ],
    ],
    columns: ["index", "unit", "households", "poor", "poorRate", "poorCut", "note"],
  },
  {
    name: "line breaks inside headers",
    rows: [
      [
        "T\nT",
        "Tên\nthôn",
        "Tổng số\nhộ",
        "Số hộ\nnghèo",
        "Tỷ lệ\n(%)",
        "Số hộ\ngiảm",
        "Tỷ lệ\ngiảm (%)",
      ],
    ],
    columns: ["index", "unit", "households", "poor", "poorRate", "poorCut", "poorCutRate"],
  },
  {
    name: "'Năm 2024' and 'Năm 2025 (dự kiến)' groups",
    rows: [
      [
        "TT",
        "Thôn",
        "Tổng số hộ",
        "Năm 2024",
        null,
        "Chỉ tiêu giảm năm 2025",
        "Năm 2025 (dự kiến)",
      ],
      [null, null, null, "Hộ nghèo", "Tỷ lệ (%)", "Số hộ", "Tỷ lệ hộ nghèo (%)"],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1"],
    columns: ["index", "unit", "households", "poor", "poorRate", "poorCut", "projectedPoorRate"],
  },
  {
    name: "poor persons and near-poor persons beside the counts",
    rows: [
      ["TT", "Bản", "Số hộ", "Số khẩu", "Hộ nghèo", null, "Hộ cận nghèo", null],
      [null, null, null, null, "Hộ", "Khẩu", "Hộ", "Khẩu"],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1", "G1:H1"],
    columns: [
      "index",
      "unit",
      "households",
      "population",
      "poor",
      "persons",
      "nearPoor",
      "nearPersons",
    ],
  },
  {
    name: "'Tổng' under 'Tổng số hộ', beside 'Hộ nghèo' and 'Hộ cận nghèo'",
    rows: [
      ["TT", "Thôn", "Tổng số hộ", null, null, "Tỷ lệ hộ nghèo (%)"],
      [null, null, "Tổng", "Hộ nghèo", "Hộ cận nghèo", null],
    ],
    merges: ["A1:A2", "B1:B2", "C1:E1", "F1:F2"],
    columns: ["index", "unit", "households", "poor", "nearPoor", "poorRate"],
  },
  {
    name: "column numbers inside the header texts ('Tổng số hộ (1)', 'Tỷ lệ (3)=(2)/(1)')",
    rows: [
      [
        "Số TT",
        "Tên thôn",
        "Tổng số hộ (1)",
        "Số hộ nghèo (2)",
        "Tỷ lệ (3)=(2)/(1)",
        "Số hộ giảm (4)",
        "Tỷ lệ giảm (5)=(4)/(1)",
      ],
    ],
    columns: ["index", "unit", "households", "poor", "poorRate", "poorCut", "poorCutRate"],
  },
  {
    name: "'Phấn đấu giảm' over 'Hộ nghèo' | 'Hộ cận nghèo'",
    rows: [
      ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Số hộ cận nghèo", "Phấn đấu giảm", null],
      [null, null, null, null, null, "Hộ nghèo", "Hộ cận nghèo"],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:G1"],
    columns: ["index", "unit", "households", "poor", "nearPoor", "poorCut", "nearPoorCut"],
  },
  {
    name: "flat: 'Số hộ nghèo còn lại' and its 'Tỷ lệ (%)' after the cut",
    rows: [
      [
        "TT",
        "Thôn",
        "Tổng số hộ",
        "Số hộ nghèo",
        "Tỷ lệ (%)",
        "Phấn đấu giảm (hộ)",
        "Số hộ nghèo còn lại",
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
      "projectedCount",
      "projectedPoorRate",
    ],
  },
  {
    name: "'Ước thực hiện năm 2024' before the cut is the situation, 'Dự kiến' after it the projection",
    rows: [
      ["TT", "Thôn", "Tổng số hộ", "Ước thực hiện năm 2024", null, "Kế hoạch năm 2025", null, null],
      [
        null,
        null,
        null,
        "Số hộ nghèo",
        "Tỷ lệ (%)",
        "Số hộ giảm",
        "Tỷ lệ giảm (%)",
        "Dự kiến tỷ lệ cuối năm 2025 (%)",
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
  },
  {
    name: "'Kinh phí hỗ trợ' beside the counts stays unmapped",
    rows: [
      [
        "TT",
        "Thôn",
        "Tổng số hộ",
        "Số hộ nghèo",
        "Tỷ lệ (%)",
        "Số hộ giảm",
        "Kinh phí hỗ trợ (triệu đồng)",
      ],
    ],
    columns: ["index", "unit", "households", "poor", "poorRate", "poorCut", "note"],
  },
  {
    name: "a subset of the poor with its own rate is never taken for the cut",
    rows: [
      ["TT", "Thôn", "Tổng số hộ", "Hộ nghèo", null, null, null],
      [null, null, null, "Tổng số", "Tỷ lệ (%)", "Trong đó: hộ nghèo bảo trợ xã hội", "Tỷ lệ (%)"],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:G1"],
    columns: ["index", "unit", "households", "poor", "poorRate", "projectedCount", "subsetRate"],
  },
  {
    name: "upper-case headers",
    rows: [
      ["STT", "TÊN THÔN", "TỔNG SỐ HỘ", "SỐ HỘ NGHÈO", "TỶ LỆ (%)", "SỐ HỘ GIẢM", "TỶ LỆ GIẢM (%)"],
    ],
    columns: ["index", "unit", "households", "poor", "poorRate", "poorCut", "poorCutRate"],
  },
  {
    name: "'Trong đó' group over poor and near-poor",
    rows: [
      ["TT", "Ấp", "Tổng số hộ", "Trong đó", null, "Tỷ lệ hộ nghèo (%)", "Tỷ lệ hộ cận nghèo (%)"],
      [null, null, null, "Hộ nghèo", "Hộ cận nghèo", null, null],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2", "G1:G2"],
    columns: ["index", "unit", "households", "poor", "nearPoor", "poorRate", "nearPoorRate"],
  },
];

/** Every case, plus each without diacritics (as typed on a keyboard without Vietnamese input). */
export function listHeaderCases(): HeaderCase[] {
  const base = [...flatCases(), ...GROUPED];
  const plain = base.map((c): HeaderCase => ({
    ...c,
    name: `${c.name} (no diacritics)`,
    rows: c.rows.map((r) => r.map((t) => (t === null ? null : stripDiacritics(t)))),
  }));
  return [...base, ...plain];
}

export function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}
