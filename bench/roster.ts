/** Classification of a generated 20,000-household roster (parse the sheet + classify), median of several runs. */
import type { Grid, RawValue } from "../src/core";
import { classifyRoster, parseRoster } from "../src/core";
import { ND07_2021, type IndicatorId } from "../src/core";
import { seededRandom } from "../tests/corpus/appendix";
import { timeMedian, type Row } from "./report";

/** Header words an officer writes for each indicator (any wording works; these are common ones). */
const INDICATOR_HEADER: Record<IndicatorId, string> = {
  employment: "Việc làm",
  dependents: "Người phụ thuộc trong hộ",
  nutrition: "Dinh dưỡng",
  healthInsurance: "Bảo hiểm y tế",
  adultEducation: "Trình độ giáo dục của người lớn",
  childSchoolAttendance: "Tình trạng đi học của trẻ em",
  housingQuality: "Chất lượng nhà ở",
  housingArea: "Diện tích nhà ở bình quân đầu người",
  cleanWater: "Nguồn nước sinh hoạt",
  hygienicToilet: "Nhà tiêu hợp vệ sinh",
  telecommunication: "Sử dụng dịch vụ viễn thông",
  informationAccessAssets: "Phương tiện phục vụ tiếp cận thông tin",
  digitalServices: "Dịch vụ số",
  wasteHandling: "Thu gom rác",
};

export function buildRosterGrid(households: number, seed = 7): Grid {
  const rnd = seededRandom(seed);
  const ids = ND07_2021.indicators.map((i) => i.id);
  const header: RawValue[] = [
    "TT",
    "Họ và tên chủ hộ",
    "Thôn",
    "Khu vực",
    "Thu nhập bình quân (đồng/người/tháng)",
    ...ids.map((id) => INDICATOR_HEADER[id]),
  ];
  const values: RawValue[][] = [
    ["DANH SÁCH HỘ GIA ĐÌNH", ...Array<RawValue>(header.length - 1).fill(null)],
    Array<RawValue>(header.length).fill(null),
    header,
  ];
  for (let i = 0; i < households; i++) {
    const income = 500_000 + Math.floor(rnd() * 40) * 75_000;
    values.push([
      i + 1,
      `Hộ ${i + 1}`,
      `Thôn ${1 + Math.floor(rnd() * 24)}`,
      rnd() < 0.8 ? "Nông thôn" : "Thành thị",
      rnd() < 0.1 ? `${(income / 1_000_000).toFixed(1).replace(".", ",")} triệu` : income,
      ...ids.map(() => (rnd() < 0.18 ? "x" : null)),
    ]);
  }
  const width = header.length;
  return {
    sheet: "Danh sách hộ",
    top: 1,
    left: 1,
    values,
    formulas: values.map(() => Array<string | null>(width).fill(null)),
    numberFormats: values.map(() => Array<string>(width).fill("General")),
    merges: [{ top: 1, left: 1, bottom: 1, right: width }],
  };
}

export function benchRoster(): Row[] {
  const n = 20_000;
  const grid = buildRosterGrid(n);
  const parsed = parseRoster(grid, ND07_2021);
  if (!parsed.ok) throw new Error(`bench: roster not recognised (${parsed.reason})`);
  if (parsed.rows.length !== n)
    throw new Error(`bench: roster read ${parsed.rows.length} of ${n} households`);
  const rows = parsed.rows;
  const parseMs = timeMedian(() => parseRoster(grid, ND07_2021), 7, 1);
  const classifyMs = timeMedian(() => classifyRoster(rows, ND07_2021), 9, 2);
  const summary = classifyRoster(rows, ND07_2021);
  const bothMs = parseMs + classifyMs;
  return [
    {
      group: "roster",
      name: `parse + classify ${n.toLocaleString("en-US")} households`,
      value: bothMs,
      unit: "ms",
      note: `${summary.units.length} units, ${summary.total.poor} poor, ${summary.total.nearPoor} near-poor`,
    },
    {
      group: "roster",
      name: "  parse sheet (parseRoster)",
      value: parseMs,
      unit: "ms",
      note: "median of 7",
    },
    {
      group: "roster",
      name: "  classify (classifyRoster)",
      value: classifyMs,
      unit: "ms",
      note: "median of 9",
    },
    {
      group: "roster",
      name: "  per household, parse + classify",
      value: (bothMs * 1000) / n,
      unit: "µs/row",
    },
  ];
}
