// Loaded by legacy.js before the bundle. Written in the newest syntax the production bundle uses, ES2022 (class
// static blocks and private fields: Tabster, under Fluent UI v9, ships them untranspiled); an engine that cannot
// parse this file never sets the flag, and legacy.js shows its page instead of loading the bundle. Static blocks
// came last in Chromium 94, Firefox 93 and Safari 16.4: Internet Explorer 11 and EdgeHTML cannot parse them.
// tests/deploy/productionBuild.test.ts checks that no production script needs a newer ecmaVersion than this.
class GiamNgheoSyntaxProbe {
  static #seen = { ok: true };
  static {
    globalThis.giamngheoSyntaxOk = GiamNgheoSyntaxProbe.#seen?.ok ?? false;
  }
}
