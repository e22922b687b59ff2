/*
 * The manifest for a site address, in one place for both of its users:
 *   - the build (scripts/deploy.js, Node): `PUBLIC_URL=https://…/ npm run build` writes dist/manifest.xml;
 *   - tao-manifest.html (the release): IT types the site's address in a browser, from disk, with no network.
 * ES5 (checked with acorn), so any browser parses it; it needs the URL class (Node, every browser since 2017).
 * A CommonJS module: require() in Node; scripts/deploy.js `releaseModule()` inlines it into tao-manifest.html,
 * giving it `module` and its words (src/release/messages/manifest.json).
 */
module.exports = (function (WORDS) {
  "use strict";

  /** The dev server's address: what the repository's manifest.xml names. */
  var DEV_URL = "https://localhost:3000/";
  var EXAMPLE_URL = "https://giamngheo.example.gov.vn/addin/";

  /** Why an address is refused, in Vietnamese and English (`code` is stable, for tests and callers). */
  var WHY = WORDS.why;

  /** A refused address: `code` (a key of WHY), `vi` and `en` say why. */
  function AddressError(code, value) {
    this.name = "AddressError";
    this.code = code;
    this.value = value;
    this.vi = WHY[code].vi;
    this.en = WHY[code].en;
    this.message = WHY[code].vi + " / " + WHY[code].en;
  }
  AddressError.prototype = Object.create(Error.prototype);
  AddressError.prototype.constructor = AddressError;

  /**
   * The site's address as every URL of the manifest starts: https only, no credentials, query or fragment,
   * host in lower case, always ending in "/". Throws an AddressError.
   * @example normaliseAddress(" https://Tinh.gov.vn/addin ") === "https://tinh.gov.vn/addin/"
   */
  function normaliseAddress(raw) {
    var value = (raw === undefined || raw === null ? "" : String(raw)).replace(/^\s+|\s+$/g, "");
    if (value === "") throw new AddressError("empty", value);
    var url;
    try {
      url = new URL(value);
    } catch (_e) {
      throw new AddressError("notUrl", value);
    }
    if (url.protocol !== "https:") throw new AddressError("notHttps", value);
    if (!/^https:\/\//i.test(value) || url.hostname === "") throw new AddressError("notUrl", value);
    if (url.username || url.password) throw new AddressError("credentials", value);
    if (url.search || url.hash || /[?#]/.test(value)) throw new AddressError("query", value);
    var path =
      url.pathname.charAt(url.pathname.length - 1) === "/" ? url.pathname : url.pathname + "/";
    return url.origin + path;
  }

  /**
   * The manifest's <Version> for a package.json version: "1.2.3" → "1.2.3.0". Office allows up to four numbers
   * of at most five digits; a pre-release ("1.2.3-beta.1") cannot be written there, so it is refused.
   */
  function manifestVersion(version) {
    var m = /^(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})$/.exec(String(version));
    if (!m)
      throw new Error(
        'package.json "version" must be three numbers (e.g. 1.2.0) for the manifest, not "' +
          version +
          '"'
      );
    return m[1] + "." + m[2] + "." + m[3] + ".0";
  }

  function escapeXmlAttr(s) {
    return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  }

  function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  /**
   * The dev manifest pointed at `url` (a normalised address): every `https://localhost:3000/…` becomes `url…`,
   * the AppDomain (an origin, no path) becomes url's origin, and, when `version` is given (package.json's), the
   * <Version> says it. Throws if any localhost address is left (a URL the rewrite missed).
   * (The AppDomain names SourceLocation's own origin, which the Office docs say has no effect; it is kept so that
   * no address in the deployed manifest points anywhere but the deployment.)
   */
  function manifestFor(xml, url, version) {
    var devOrigin = new URL(DEV_URL).origin;
    var origin = new URL(url).origin;
    var out = xml;
    if (version !== undefined)
      out = out.replace(
        /<Version>[^<]*<\/Version>/,
        "<Version>" + manifestVersion(version) + "</Version>"
      );
    if (url === DEV_URL) return out;
    out = out
      .replace(
        /<!--[\s\S]*?-->/,
        "<!-- " +
          WORDS.product +
          (version !== undefined ? " " + version : "") +
          " for " +
          url.replace(/--/g, "%2D%2D") +
          ": the site (index.html, taskpane.html, …) is hosted at that address. -->"
      )
      .split(DEV_URL)
      .join(escapeXmlAttr(url))
      .replace(
        new RegExp("<AppDomain>" + escapeRegExp(devOrigin) + "</AppDomain>", "g"),
        "<AppDomain>" + escapeXmlAttr(origin) + "</AppDomain>"
      );
    var rest = out
      .replace(/<!--[\s\S]*?-->/g, "")
      .split(escapeXmlAttr(url))
      .join("")
      .split("<AppDomain>" + escapeXmlAttr(origin) + "</AppDomain>")
      .join("");
    if (/localhost/i.test(rest))
      throw new Error("manifest.xml: an address under localhost was not rewritten for " + url);
    return out;
  }

  return {
    DEV_URL: DEV_URL,
    EXAMPLE_URL: EXAMPLE_URL,
    AddressError: AddressError,
    normaliseAddress: normaliseAddress,
    manifestVersion: manifestVersion,
    manifestFor: manifestFor,
  };
})(require("./messages/manifest.json"));
