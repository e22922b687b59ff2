/*
 * The province's contact details, as IT types them in tao-manifest.html and as the site's pages read them back
 * from lien-he.json at the site's root (the support page, the legacy page; the pane's help reads the same file
 * through src/taskpane/components/ContactInfo/readContact.ts, which follows these rules).
 *
 *   { "donVi": "Sở Y tế tỉnh …", "dienThoai": "0209 3852 123", "email": "cntt@…", "ghiChu": "…" }
 *
 * ES5 (checked with acorn): it runs in tao-manifest.html and, inside legacy.js, in Internet Explorer 11.
 * A CommonJS module: require() in Node; scripts/deploy.js `releaseModule()` inlines it into those pages, giving it
 * `module` and its words (src/release/messages/contact.json).
 */
module.exports = (function (WORDS) {
  "use strict";

  var CONTACT_FILE = "lien-he.json";
  var LIMITS = { donVi: 200, dienThoai: 40, email: 254, ghiChu: 500 };
  /** Digits with the usual separators: "0209 3852 123", "+84 209 385 2123", "(0209) 385.2123"; no words. */
  var PHONE = /^\+?[0-9(][0-9 ().-]{4,38}[0-9]$/;
  var EMAIL = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[^\s@<>"(),;:.]+$/;

  /** Why a field is refused, in Vietnamese and English, by `code` (stable, for tests and callers). */
  var WHY = WORDS.why;

  /** Control characters (a pasted tab or line break) become one space; the ends are trimmed. */
  // eslint-disable-next-line no-control-regex
  var CONTROL = /[\u0000-\u001f\u007f]+/g;

  function clean(value) {
    return typeof value === "string" ? value.replace(CONTROL, " ").replace(/^\s+|\s+$/g, "") : "";
  }

  function fieldProblem(key, value) {
    if (value.length > LIMITS[key]) return "tooLong";
    if (value === "") return null;
    if (key === "dienThoai" && !PHONE.test(value)) return "dienThoai";
    if (key === "email" && !EMAIL.test(value)) return "email";
    return null;
  }

  /**
   * What IT typed, checked: `{ contact, errors }` where `contact` is the object to save as lien-he.json (null
   * when there are errors) and each error is `{ field, code, vi, en }`.
   */
  function buildContact(input) {
    var c = {
      donVi: clean(input && input.donVi),
      dienThoai: clean(input && input.dienThoai),
      email: clean(input && input.email),
      ghiChu: clean(input && input.ghiChu),
    };
    var errors = [];
    var add = function (field, code) {
      errors.push({ field: field, code: code, vi: WHY[code].vi, en: WHY[code].en });
    };
    for (var key in LIMITS) {
      var problem = fieldProblem(key, c[key]);
      if (problem) add(key, problem);
    }
    if (c.donVi === "") add("donVi", "donViMissing");
    if (c.dienThoai === "" && c.email === "") add("dienThoai", "contactMissing");
    if (errors.length > 0) return { contact: null, errors: errors };
    var out = { donVi: c.donVi };
    if (c.dienThoai) out.dienThoai = c.dienThoai;
    if (c.email) out.email = c.email;
    if (c.ghiChu) out.ghiChu = c.ghiChu;
    return { contact: out, errors: [] };
  }

  /**
   * lien-he.json as a page reads it (parsed JSON of any shape): the same rules, a field that breaks them is left
   * out; null when no unit name or no way to reach it is left (the page then keeps its generic words).
   */
  function readContact(value) {
    if (value === null || typeof value !== "object") return null;
    var out = {};
    for (var key in LIMITS) {
      var v = clean(value[key]);
      if (v !== "" && fieldProblem(key, v) === null) out[key] = v;
    }
    if (!out.donVi || (!out.dienThoai && !out.email)) return null;
    return out;
  }

  /** A tel: address for a phone number as typed ("0209 3852 123" → "tel:02093852123"). */
  function telHref(phone) {
    return "tel:" + phone.replace(/[^0-9+]/g, "");
  }

  return {
    CONTACT_FILE: CONTACT_FILE,
    buildContact: buildContact,
    readContact: readContact,
    telHref: telHref,
  };
})(require("./messages/contact.json"));
