import { decimalsOfFormat } from "./decimalsOfFormat";

test.each([
  ["0.00", 2],
  ["0.00%", 2],
  ["0.0\\%", 1],
  ['#,##0.00" %"', 2],
  ["#,##0", 0],
  ["0", 0],
  ["0.00;[Red]-0.00", 2],
  ["General", undefined],
  ["@", undefined],
  [undefined, undefined],
])("%s shows %s decimals", (format, decimals) => {
  expect(decimalsOfFormat(format)).toBe(decimals);
});
