import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { act, renderHook, waitFor } from "@testing-library/react";
import { binhLuongData } from "../../../tests/summary/binhLuongData";
import {
  writePreviousYearWorkbook,
  writeTransitionsWorkbook,
} from "../../../tests/summary/planWorkbooks";
import { noticeText } from "./notice";
import { usePreviousYear } from "./usePreviousYear";

test("last year's plan (.xlsx bytes) fills the fields through the xlsx engine", async () => {
  const file = await writePreviousYearWorkbook(
    path.join(fs.mkdtempSync(path.join(os.tmpdir(), "prev-")), "ke-hoach-2023.xlsx")
  );
  const bytes = fs.readFileSync(file);
  const { result } = renderHook(() => usePreviousYear(binhLuongData()));
  await act(() =>
    result.current.openPreviousPlan({
      name: "ke-hoach-2023.xlsx",
      arrayBuffer: async () =>
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
    })
  );
  await waitFor(() => expect(result.current.previousPoor).toBe("40"));
  expect(result.current.previousNearPoor).toBe("14");
  expect(result.current.previousYear(2024)).toEqual({
    year: 2023,
    poor: 40,
    nearPoor: 14,
    households: 729,
  });
  expect(noticeText(result.current.notice!, "vi")).toBe(
    "Đã lấy số liệu năm 2023 từ “ke-hoach-2023.xlsx”: 40 hộ nghèo, 14 hộ cận nghèo."
  );
});

test("typed figures: last year is the plan year − 1, households this year's", () => {
  const { result } = renderHook(() => usePreviousYear(binhLuongData()));
  act(() => result.current.setField("previousPoor", "40"));
  act(() => result.current.setField("nearPoor", "21"));
  expect(result.current.previousYear(2024)).toEqual({ year: 2023, poor: 40, households: 729 });
  expect(result.current.nearPoorValue).toBe(21);
  act(() => result.current.setField("previousNearPoor", "1,5"));
  expect(result.current.invalid.previousNearPoor).toBe(true);
  expect(result.current.previousYear(null)).toBeUndefined();
});

test("a file that is not a plan says so", async () => {
  const { result } = renderHook(() => usePreviousYear(binhLuongData()));
  await act(() =>
    result.current.openPreviousPlan({
      name: "x.xlsx",
      arrayBuffer: async () => new Uint8Array([1, 2, 3]).buffer,
    })
  );
  expect(result.current.notice).not.toBeNull();
  expect(result.current.previousPoor).toBe("");
});

test("a transitions table opened as last year's plan gives its end-of-year counts", async () => {
  // [name, households, start, exited, reentered, new, end]: 40 poor at the start of the year, 32 at the end.
  const file = await writeTransitionsWorkbook(
    path.join(fs.mkdtempSync(path.join(os.tmpdir(), "prev-")), "dien-bien-2023.xlsx"),
    [
      ["Quang Trung", 126, 2, 1, 0, 0, 1],
      ["Làng Gió", 126, 4, 2, 0, 1, 3],
      ["Thắng Lộc", 130, 5, 2, 1, 0, 4],
      ["Làng Sao", 105, 3, 1, 0, 0, 2],
      ["Hợp Thành", 144, 11, 3, 0, 1, 9],
      ["Làng Mài", 98, 15, 3, 0, 1, 13],
    ]
  );
  const bytes = fs.readFileSync(file);
  const { result } = renderHook(() => usePreviousYear(binhLuongData()));
  await act(() =>
    result.current.openPreviousPlan({
      name: "dien-bien-2023.xlsx",
      arrayBuffer: async () =>
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
    })
  );
  await waitFor(() => expect(result.current.previousPoor).toBe("32"));
  expect(result.current.previousYear(2024)).toMatchObject({ poor: 32, households: 729 });
});
