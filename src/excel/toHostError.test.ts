import { HostError } from "../core";
import { toHostError } from "./toHostError";

describe("toHostError", () => {
  it.each([
    ["ItemNotFound", "SHEET_NOT_FOUND"],
    ["ItemAlreadyExists", "SHEET_EXISTS"],
    ["InvalidArgument", "INVALID_ARGUMENT"],
    ["AccessDenied", "ACCESS_DENIED"],
    ["InvalidOperationInCellEditMode", "CELL_EDIT_MODE"],
    ["RequestPayloadSizeLimitExceeded", "PAYLOAD_TOO_LARGE"],
    ["ResponsePayloadSizeLimitExceeded", "PAYLOAD_TOO_LARGE"],
    ["GeneralException", "GENERAL"],
  ])("Office code %s → %s, keeping the original as cause", (code, expected) => {
    const original = Object.assign(new Error("x"), { code });
    const e = toHostError(original, "Phụ lục");
    expect(e).toBeInstanceOf(HostError);
    expect(e.code).toBe(expected);
    expect(e.cause).toBe(original);
  });

  it("ItemNotFound without a sheet is GENERAL (it was not about a sheet)", () => {
    expect(toHostError({ code: "ItemNotFound" }).code).toBe("GENERAL");
  });

  it("names the sheet in Vietnamese and English", () => {
    const e = toHostError({ code: "ItemNotFound" }, "Phụ lục");
    expect(e.message).toBe("Không tìm thấy trang tính “Phụ lục” trong sổ làm việc.");
    expect(e.toMessage("en")).toBe("Sheet “Phụ lục” was not found in the workbook.");
  });

  it("a missing Excel global is NOT_AVAILABLE; a HostError passes through unchanged", () => {
    expect(toHostError(new ReferenceError("Excel is not defined")).code).toBe("NOT_AVAILABLE");
    const h = new HostError("ACCESS_DENIED");
    expect(toHostError(h)).toBe(h);
  });
});
