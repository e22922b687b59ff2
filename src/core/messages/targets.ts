import { defineMessages } from "./define";

/** Targets (households or a rate) and locked units, in the plan's words. */
export const targetMessages = defineMessages(
  {
    targetBoth: "giảm {rate}%, tương ứng {households} hộ",
    targetHouseholdsOnly: "giảm {households} hộ",
  },
  {
    targetBoth: "a cut of {rate}%, that is {households} households",
    targetHouseholdsOnly: "a cut of {households} households",
  }
);

/** Headers of the cut columns an allocation adds when the table has none. */
export const allocationColumnMessages = defineMessages(
  { poorCut: "Số hộ giảm nghèo", nearPoorCut: "Số hộ cận nghèo giảm" },
  { poorCut: "Số hộ giảm nghèo", nearPoorCut: "Số hộ cận nghèo giảm" }
);
