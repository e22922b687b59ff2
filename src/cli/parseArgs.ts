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
 * Parse `argv` (after the command name) against the command's options: `--name value`, `--name=value`,
 * `-o value`, flags, positionals; `--` ends the options.
 * @example parseArgs(["a.xlsx", "--target", "10"], "check", specs) → { positionals: ["a.xlsx"], options: { target: 10 } }
 * @throws CliError for an unknown option, a missing or bad value, a repeated option
 */
export function parseArgs(
  argv: readonly string[],
  command: string,
  specs: readonly OptionSpec[]
): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, OptionValue> = {};
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyPositionals || arg === "-" || !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const key = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith("--") && eq > 0 ? arg.slice(eq + 1) : undefined;
    const spec = specs.find(
      (s) => `--${s.name}` === key || (s.alias !== undefined && `-${s.alias}` === key)
    );
    if (!spec) throw new CliError("unknownOption", { option: key, command });
    if (spec.name in options) throw new CliError("repeatedOption", { option: key });
    if (spec.kind === "flag") {
      if (inline !== undefined) throw new CliError("flagWithValue", { option: key });
      options[spec.name] = true;
      continue;
    }
    const raw = inline ?? argv[++i];
    if (raw === undefined || raw === "") throw new CliError("missingValue", { option: key });
    options[spec.name] = parseValue(spec, key, raw);
  }
  return { positionals, options };
}
