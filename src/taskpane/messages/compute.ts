import { defineMessages } from "../../core";

/** The Tính toán tab: the commune target and the allocation. */
export const computeMessages = defineMessages(
  {
    ratesHeading: "Tính tỷ lệ",
    ratesHint: "Tính lại mọi cột tỷ lệ từ số hộ của từng thôn và dòng tổng.",
    formulasSwitch: "Ghi công thức (tự cập nhật khi sửa số hộ)",
    fillRates: "Điền tỷ lệ",
    allocateHeading: "Phân bổ chỉ tiêu của xã",
    method: "Cách phân bổ",
    methodFold: "Cách phân bổ: {method}",
    optionsFold: "Tùy chọn: giá trị hay công thức",
    method_proportional: "Theo số hộ nghèo của từng thôn",
    method_highestRate: "Ưu tiên thôn có tỷ lệ hộ nghèo cao",
    previewAllocation: "Xem trước phân bổ",
    allocationPreviewHeading: "Xem trước: số hộ giảm nghèo mới",
    allocationPreviewLabel: "Số hộ giảm nghèo trước và sau khi phân bổ",
    colUnit: "Thôn / tổ",
    colOldCut: "Hiện tại",
    colNewCut: "Mới",
    colProjected: "Dự kiến (%)",
    colLock: "Giữ",
    totalRow: "Tổng",
  },
  {
    ratesHeading: "Compute rates",
    ratesHint:
      "Recompute every rate column from the household counts of each village and the totals row.",
    formulasSwitch: "Write formulas (update when counts change)",
    fillRates: "Fill rates",
    allocateHeading: "Allocate the commune target",
    method: "Allocation method",
    methodFold: "Method: {method}",
    optionsFold: "Options: values or formulas",
    method_proportional: "In proportion to each village's poor households",
    method_highestRate: "Villages with the highest poverty rate first",
    previewAllocation: "Preview allocation",
    allocationPreviewHeading: "Preview: new planned cuts",
    allocationPreviewLabel: "Planned cuts before and after allocation",
    colUnit: "Village / group",
    colOldCut: "Now",
    colNewCut: "New",
    // Short words: a header wraps only between words, and "Projected" alone widened the 320 px pane.
    colProjected: "Rate after (%)",
    colLock: "Fix",
    totalRow: "Total",
  }
);
