import { CliError } from "./CliError";
import { parseArgs, type OptionSpec } from "./parseArgs";

const SPECS: readonly OptionSpec[] = [
  { name: "output", alias: "o", kind: "string" },
  { name: "json", kind: "flag" },
  { name: "target", kind: "string" },
  { name: "rows", kind: "integer" },
  { name: "lang", kind: "choice", choices: ["vi", "en"] },
];

const parse = (...argv: string[]) => parseArgs(argv, "check", SPECS);
const codeOf = (f: () => unknown): string | null => {
  try {
    f();
    return null;
  } catch (e) {
    return e instanceof CliError ? e.key : `not a CliError: ${String(e)}`;
  }
};

describe("parseArgs (node:util parseArgs underneath)", () => {
  test("positionals, long and short options, inline values, flags", () => {
    expect(parse("a.xlsx", "--target", "1,11%", "-o", "out.xlsx", "--json", "--lang=en")).toEqual({
      positionals: ["a.xlsx"],
      options: { target: "1,11%", output: "out.xlsx", json: true, lang: "en" },
    });
  });

  test("`--` ends the options; a lone '-' is a positional", () => {
    expect(parse("--", "--json", "-").positionals).toEqual(["--json", "-"]);
    expect(parse("-").positionals).toEqual(["-"]);
  });

  test("integers are whole non-negative numbers", () => {
    expect(parse("--rows", " 12 ").options["rows"]).toBe(12);
    expect(codeOf(() => parse("--rows", "1.5"))).toBe("badInteger");
    expect(codeOf(() => parse("--rows", "-3"))).toBe("badInteger");
  });

  test("every mistake is a CliError with its own message key", () => {
    expect(codeOf(() => parse("--nope"))).toBe("unknownOption");
    expect(codeOf(() => parse("-x"))).toBe("unknownOption");
    expect(codeOf(() => parse("--json", "--json"))).toBe("repeatedOption");
    expect(codeOf(() => parse("--json=yes"))).toBe("flagWithValue");
    expect(codeOf(() => parse("--target"))).toBe("missingValue");
    expect(codeOf(() => parse("--target="))).toBe("missingValue");
    expect(codeOf(() => parse("--lang", "fr"))).toBe("badChoice");
  });
});
