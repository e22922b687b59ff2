import { defineMessages, translator } from "./define";

/**
 * The plan's paragraph on last year and this year (seed plan 003 §2.1), the ward form of the targets (seed 000
 * §II.2 a–b) and the year's movements from the transitions table.
 */
export const narrativeMessages = defineMessages(
  {
    pPrevPoor: "Số hộ nghèo {place} năm {prevYear} là {poor} hộ, chiếm tỷ lệ {rate}%.",
    pPrevNearPoor: "Số hộ cận nghèo năm {prevYear} là {nearPoor} hộ, chiếm tỷ lệ {rate}%.",
    pReviewPoor:
      "Số hộ nghèo rà soát cuối năm {prevYear} áp dụng chính sách cho năm {year} là {poor} hộ, chiếm tỷ lệ {rate}%, {direction} {rateDiff}%, tương đương {diff} hộ so với năm {prevYear}.",
    pReviewPoorSame:
      "Số hộ nghèo rà soát cuối năm {prevYear} áp dụng chính sách cho năm {year} là {poor} hộ, chiếm tỷ lệ {rate}%, không thay đổi so với năm {prevYear}.",
    pReviewNearPoor:
      "Số hộ cận nghèo rà soát cuối năm {prevYear} là {nearPoor} hộ, chiếm tỷ lệ {rate}%.",
    pReviewNearPoorChange:
      "Số hộ cận nghèo rà soát cuối năm {prevYear} là {nearPoor} hộ, chiếm tỷ lệ {rate}%, {direction} {diff} hộ so với năm {prevYear}.",
    pDown: "giảm",
    pUp: "tăng",
    wardPoorTarget:
      "a) Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều thực hiện mức giảm {rate}% (tương ứng số hộ nghèo phải giảm là {households} hộ);",
    wardNearPoorTarget:
      "{letter}) Tỷ lệ hộ cận nghèo theo chuẩn nghèo đa chiều thực hiện mức giảm {rate}% (tương ứng số hộ cận nghèo phải giảm là {households} hộ);",
    transitionsPoor:
      "Trong năm {year}, {place} có {exited} hộ thoát nghèo, {reentered} hộ tái nghèo và {newPoor} hộ nghèo phát sinh; cuối năm còn {end} hộ nghèo.",
    transitionsPoorNoYear:
      "Trong năm, {place} có {exited} hộ thoát nghèo, {reentered} hộ tái nghèo và {newPoor} hộ nghèo phát sinh; cuối năm còn {end} hộ nghèo.",
    transitionsNearPoor:
      "Hộ cận nghèo: {exited} hộ thoát cận nghèo, {reentered} hộ tái cận nghèo, {newPoor} hộ cận nghèo phát sinh; cuối năm còn {end} hộ cận nghèo.",
    groupHouseholds: "{name}: tổng số hộ {households} hộ",
    groupPoor: "hộ nghèo {poor} hộ, chiếm tỷ lệ {rate}%",
    groupNearPoor: "hộ cận nghèo {nearPoor} hộ, chiếm tỷ lệ {rate}%",
    groupCut: "phấn đấu giảm {cut} hộ nghèo ({rate}%)",
    wardPoorTargetOnly:
      "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều thực hiện mức giảm {rate}% (tương ứng số hộ nghèo phải giảm là {households} hộ).",
    wardNearPoorTargetOnly:
      "Tỷ lệ hộ cận nghèo theo chuẩn nghèo đa chiều thực hiện mức giảm {rate}% (tương ứng số hộ cận nghèo phải giảm là {households} hộ).",
    kindsSep: ", ",
    kind_thon: "thôn",
    kind_toDanPho: "tổ dân phố",
    kind_khuPho: "khu phố",
    kind_khoiPho: "khối phố",
    kind_tieuKhu: "tiểu khu",
    kind_ban: "bản",
    kind_ap: "ấp",
    kind_lang: "làng",
    kind_xom: "xóm",
    kind_buon: "buôn",
    kind_bon: "bon",
    kind_plei: "plei",
    kind_khom: "khóm",
    kind_soc: "sóc",
    kind_cum: "cụm",
    kind_khu: "khu",
  },
  {
    pPrevPoor: "In {prevYear} the {place} had {poor} poor households, a rate of {rate}%.",
    pPrevNearPoor: "In {prevYear} there were {nearPoor} near-poor households, a rate of {rate}%.",
    pReviewPoor:
      "The review at the end of {prevYear}, applied to policies for {year}, found {poor} poor households, a rate of {rate}%, {direction} {rateDiff}%, that is {diff} households against {prevYear}.",
    pReviewPoorSame:
      "The review at the end of {prevYear}, applied to policies for {year}, found {poor} poor households, a rate of {rate}%, unchanged against {prevYear}.",
    pReviewNearPoor:
      "The review at the end of {prevYear} found {nearPoor} near-poor households, a rate of {rate}%.",
    pReviewNearPoorChange:
      "The review at the end of {prevYear} found {nearPoor} near-poor households, a rate of {rate}%, {direction} {diff} households against {prevYear}.",
    pDown: "down",
    pUp: "up",
    wardPoorTarget:
      "a) Cut the multidimensional poverty rate by {rate}% (that is {households} poor households to lift out);",
    wardNearPoorTarget:
      "{letter}) Cut the near-poverty rate by {rate}% (that is {households} near-poor households to lift out);",
    transitionsPoor:
      "During {year} the {place} saw {exited} households escape poverty, {reentered} fall back and {newPoor} become newly poor; {end} poor households remained at the end of the year.",
    transitionsPoorNoYear:
      "During the year the {place} saw {exited} households escape poverty, {reentered} fall back and {newPoor} become newly poor; {end} poor households remained at the end of the year.",
    transitionsNearPoor:
      "Near-poor: {exited} left near-poverty, {reentered} fell back, {newPoor} became newly near-poor; {end} near-poor households remained at the end of the year.",
    groupHouseholds: "{name}: {households} households",
    groupPoor: "{poor} poor households, a rate of {rate}%",
    groupNearPoor: "{nearPoor} near-poor households, a rate of {rate}%",
    groupCut: "a cut of {cut} poor households ({rate}%)",
    wardPoorTargetOnly:
      "Cut the multidimensional poverty rate by {rate}% (that is {households} poor households to lift out).",
    wardNearPoorTargetOnly:
      "Cut the near-poverty rate by {rate}% (that is {households} near-poor households to lift out).",
    kindsSep: " and ",
    kind_thon: "villages",
    kind_toDanPho: "residential groups",
    kind_khuPho: "quarters",
    kind_khoiPho: "quarters",
    kind_tieuKhu: "sub-areas",
    kind_ban: "villages",
    kind_ap: "hamlets",
    kind_lang: "villages",
    kind_xom: "hamlets",
    kind_buon: "villages",
    kind_bon: "villages",
    kind_plei: "villages",
    kind_khom: "hamlets",
    kind_soc: "hamlets",
    kind_cum: "clusters",
    kind_khu: "areas",
  }
);

export type NarrativeMessageKey = keyof (typeof narrativeMessages)["vi"];
export const tNarrative = translator(narrativeMessages);
