import fc from "fast-check";
import { decodeLegacyText, decodeTcvn3, decodeVni, encodeTcvn3, encodeVni } from "./legacyCodec";

const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
const TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
/** Every Vietnamese letter beyond ASCII: 66 vowel forms and đ, in both cases (134). */
const LOWER = [
  ...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize("NFC"))).filter(
    (l) => !/^[a-z]$/.test(l)
  ),
  "đ",
];
const UPPER = LOWER.map((l) => l.toUpperCase());

/** VNI-Windows as the published charts give it, written out letter by letter (cross-checks the composed table). */
const VNI_CHART: Readonly<Record<string, string>> = {
  à: "aø",
  á: "aù",
  ả: "aû",
  ã: "aõ",
  ạ: "aï",
  ă: "aê",
  ằ: "aè",
  ắ: "aé",
  ẳ: "aú",
  ẵ: "aü",
  ặ: "aë",
  â: "aâ",
  ầ: "aà",
  ấ: "aá",
  ẩ: "aå",
  ẫ: "aã",
  ậ: "aä",
  đ: "ñ",
  è: "eø",
  é: "eù",
  ẻ: "eû",
  ẽ: "eõ",
  ẹ: "eï",
  ê: "eâ",
  ề: "eà",
  ế: "eá",
  ể: "eå",
  ễ: "eã",
  ệ: "eä",
  ì: "ì",
  í: "í",
  ỉ: "æ",
  ĩ: "ó",
  ị: "ò",
  ò: "oø",
  ó: "où",
  ỏ: "oû",
  õ: "oõ",
  ọ: "oï",
  ô: "oâ",
  ồ: "oà",
  ố: "oá",
  ổ: "oå",
  ỗ: "oã",
  ộ: "oä",
  ơ: "ô",
  ờ: "ôø",
  ớ: "ôù",
  ở: "ôû",
  ỡ: "ôõ",
  ợ: "ôï",
  ù: "uø",
  ú: "uù",
  ủ: "uû",
  ũ: "uõ",
  ụ: "uï",
  ư: "ö",
  ừ: "öø",
  ứ: "öù",
  ử: "öû",
  ữ: "öõ",
  ự: "öï",
  ỳ: "yø",
  ý: "yù",
  ỷ: "yû",
  ỹ: "yõ",
  ỵ: "î",
};

describe("the letters under test", () => {
  it("are the 134 Vietnamese letters beyond ASCII", () => {
    expect(new Set([...LOWER, ...UPPER]).size).toBe(134);
  });
});

describe("TCVN3 (TCVN 5712:1993)", () => {
  it.each(LOWER)("round-trips %s in a .Vn font", (letter) => {
    const legacy = encodeTcvn3(letter);
    expect(legacy).not.toBeNull();
    expect(legacy).toHaveLength(1);
    expect(decodeTcvn3(legacy as string)).toBe(letter);
  });

  it.each(UPPER)("round-trips %s in an uppercase .Vn…H font", (letter) => {
    const legacy = encodeTcvn3(letter, { uppercase: true });
    expect(legacy).not.toBeNull();
    expect(decodeTcvn3(legacy as string, { uppercase: true })).toBe(letter);
  });

  it("writes the seven uppercase letters of table VN3 with their own codes in any font", () => {
    expect(encodeTcvn3("ĂÂÊÔƠƯĐ")).toBe("\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7");
    expect(decodeTcvn3("\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7")).toBe("ĂÂÊÔƠƯĐ");
  });

  it("reads the uppercase letters table VN1 places in 0xA0–0xFF", () => {
    expect(decodeTcvn3("\u00c0\u00c4\u00e0\u00ff")).toBe("ẮẤỔỐ");
    expect(encodeTcvn3("Ổ")).toBe("\u00e0");
  });

  it("decodes known phrases as .VnTime shows them", () => {
    expect(decodeTcvn3("Tæng sè hé")).toBe("Tổng số hộ");
    expect(decodeTcvn3("Uû ban nh©n d©n x· B×nh L­¬ng")).toBe("Uỷ ban nhân dân xã Bình Lương");
    expect(decodeTcvn3("phô lôc", { uppercase: true })).toBe("PHỤ LỤC");
    expect(encodeTcvn3("Số hộ nghèo")).toBe("Sè hé nghÌo");
  });

  it("cannot write an uppercase toned letter VN1 keeps outside 0xA0–0xFF without an uppercase font", () => {
    expect(encodeTcvn3("Ủy ban")).toBeNull();
    expect(encodeTcvn3("Ủy ban", { uppercase: true })).toBe("ñy ban");
  });

  it("leaves ASCII alone", () => {
    expect(decodeTcvn3("TT 1-2 (%)")).toBe("TT 1-2 (%)");
  });
});

describe("VNI-Windows", () => {
  it.each(Object.entries(VNI_CHART))("writes %s as the chart's %s", (letter, bytes) => {
    expect(encodeVni(letter)).toBe(bytes);
    expect(encodeVni(letter.toUpperCase())).toBe(bytes.toUpperCase());
  });

  it("charts every letter", () => {
    expect(Object.keys(VNI_CHART).sort()).toEqual([...LOWER].sort());
  });

  it.each([...LOWER, ...UPPER])("round-trips %s", (letter) => {
    const legacy = encodeVni(letter);
    expect(legacy).not.toBeNull();
    expect(decodeVni(legacy as string)).toBe(letter);
    expect(decodeLegacyText(legacy as string, "vni")).toBe(letter);
  });

  it("decodes known phrases", () => {
    expect(decodeVni("Toång soá hoä")).toBe("Tổng số hộ");
    expect(decodeVni("Xin chaøo caùc baïn")).toBe("Xin chào các bạn");
    expect(decodeVni("TOÅNG SOÁ HOÄ NGHEØO")).toBe("TỔNG SỐ HỘ NGHÈO");
    expect(decodeVni("Ñôn vò")).toBe("Đơn vị");
  });

  it("reads a lowercase mark after a capital as the capital letter", () => {
    expect(decodeVni("Aù")).toBe("Á");
  });
});

describe("whole texts", () => {
  const text =
    "Phụ lục: Kế hoạch giảm nghèo năm 2024 của UBND xã Bình Lương — Tổng số hộ trên địa bàn";
  it("round-trip through both encodings", () => {
    expect(decodeTcvn3(encodeTcvn3(text.replace("—", "-")) as string)).toBe(text.replace("—", "-"));
    expect(decodeVni(encodeVni(text.replace("—", "-")) as string)).toBe(text.replace("—", "-"));
  });
});

describe("any text of Vietnamese letters, ASCII and Windows punctuation", () => {
  const piece = fc.oneof(
    fc.constantFrom(...LOWER, ...UPPER),
    fc.constantFrom(..."abcdeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXY0123456789 .,;:()/%-"),
    fc.constantFrom("“", "”", "–", "…")
  );
  const text = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(""));

  it("round-trips through VNI", () => {
    fc.assert(fc.property(text, (t) => decodeVni(encodeVni(t) as string) === t));
  });

  it("round-trips through TCVN3 whenever TCVN3 can write it, and in the uppercase font in capitals", () => {
    fc.assert(
      fc.property(text, (t) => {
        const plain = encodeTcvn3(t);
        if (plain !== null && decodeTcvn3(plain) !== t) return false;
        const upper = encodeTcvn3(t, { uppercase: true });
        return upper !== null && decodeTcvn3(upper, { uppercase: true }) === t.toUpperCase();
      })
    );
  });
});
