import { parseArgs as parseNodeArgs } from "node:util";
import { CliError } from "./CliError";

/** One option a command accepts. `integer` values are non-negative whole numbers. */
export type OptionSpec =
  | { readonly name: string; readonly alias?: string; readonly kind: "flag" | "string" | "integer" }
  | {
      readonly name: string;
      readonly alias?: string;
      readonly kind: "choice";
      readonly choices: readonly string[];
    };

export type OptionValue = string | number | boolean;

export type ParsedArgs = {
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, OptionValue>>;
};

function parseValue(spec: OptionSpec, option: string, raw: string): OptionValue {
  switch (spec.kind) {
    case "integer":
      if (!/^\d{1,15}$/.test(raw.trim())) throw new CliError("badInteger", { option, value: raw });
      return Number(raw.trim());
    case "choice":
      if (!spec.choices.includes(raw))
        throw new CliError("badChoice", { option, value: raw, choices: spec.choices.join(", ") });
      return raw;
    default:
      return raw;
  }
}

/**
 * Parse `argv` (after the command name) against the command's options with Node's own `util.parseArgs`:
 * `--name value`, `--name=value`, `-o value`, flags, positionals; `--` ends the options. Node does the
 * tokenising; this checks each token against the spec so every mistake gets the CLI's own one-line message.
 * @example parseArgs(["a.xlsx", "--target", "10"], "check", specs) → { positionals: ["a.xlsx"], options: { target: "10" } }
 * @throws CliError for an unknown option, a missing or bad value, a repeated option
 */
export function parseArgs(
  argv: readonly string[],
  command: string,
  specs: readonly OptionSpec[]
): ParsedArgs {
  const config = Object.fromEntries(
    specs.map((s) => [
      s.name,
      {
        type: s.kind === "flag" ? ("boolean" as const) : ("string" as const),
        multiple: true,
        ...(s.alias !== undefined ? { short: s.alias } : {}),
      },
    ])
  );
  const { tokens } = parseNodeArgs({
    args: [...argv],
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const positionals: string[] = [];
  const options: Record<string, OptionValue> = {};
  for (const token of tokens) {
    if (token.kind === "positional") {
      positionals.push(token.value);
      continue;
    }
    if (token.kind === "option-terminator") continue;
    const spec = specs.find((s) => s.name === token.name);
    if (!spec) throw new CliError("unknownOption", { option: token.rawName, command });
    if (spec.name in options) throw new CliError("repeatedOption", { option: token.rawName });
    if (spec.kind === "flag") {
      if (token.inlineValue) throw new CliError("flagWithValue", { option: token.rawName });
      options[spec.name] = true;
      continue;
    }
    if (token.value === undefined || token.value === "")
      throw new CliError("missingValue", { option: token.rawName });
    options[spec.name] = parseValue(spec, token.rawName, token.value);
  }
  return { positionals, options };
}
