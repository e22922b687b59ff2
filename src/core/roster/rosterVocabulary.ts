import type { IndicatorId } from "../standards/types";

/** Header word patterns (text normalized without diacritics). A word list, not sentences. */
export const INCOME_HEADER = /thu nhap|income/;
export const AREA_HEADER = /khu vuc|nong thon|thanh thi|do thi|dia ban|\barea\b/;
export const UNIT_HEADER =
  /\b(thon|to dan pho|tdp|don vi|ban|ap|khu pho|to|lang|xom|unit|village)\b/;

/** Tested in this order against an indicator header, so specific words win. */
export const INDICATOR_HEADERS: readonly (readonly [IndicatorId, RegExp])[] = [
  ["dependents", /phu thuoc|dependent/],
  ["employment", /viec lam|employment/],
  ["nutrition", /dinh duong|nutrition/],
  ["healthInsurance", /bao hiem|bhyt|health ?insurance/],
  ["adultEducation", /nguoi lon|trinh do|adult ?education/],
  ["childSchoolAttendance", /di hoc|tre em|school/],
  ["housingQuality", /chat luong|housing ?quality/],
  ["housingArea", /dien tich|housing ?area/],
  ["hygienicToilet", /nha tieu|ho xi|cong trinh phu|nha ve sinh|toilet/],
  ["wasteHandling", /\brac\b|waste/],
  ["cleanWater", /nuoc|water/],
  ["informationAccessAssets", /tiep can thong tin|phuong tien|information ?access/],
  ["digitalServices", /dich vu so|vien thong|internet|digital|telecom/],
  ["telecommunication", /vien thong|internet|telecom/],
];

export const RURAL_WORDS = /^(nong thon|nt|rural|xa)$/;
export const URBAN_WORDS = /^(thanh thi|do thi|tt|dt|urban|phuong|thi tran)$/;
export const TOTAL_LABEL = /^(tong|tong cong|cong|toan xa|toan phuong)\s*:?$/;
export const TRUE_FLAGS = /^(1|x|co|yes|true|v)$/;
export const FALSE_FLAGS = /^(0|khong|no|false|-)?$/;
