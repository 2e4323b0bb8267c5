import { parseArgs } from "node:util";
import { UsageError } from "./errors.js";

export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  readonly multiple?: boolean;
  /** The value's placeholder in help, e.g. `DIR`. */
  readonly value?: string;
  readonly description: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

type OptionValue<S extends OptionSpec> = S["type"] extends "boolean"
  ? boolean
  : S["multiple"] extends true
    ? string[]
    : string;

export type OptionValues<S extends OptionSpecs> = { readonly [K in keyof S]?: OptionValue<S[K]> };

export interface ParsedCommandLine<S extends OptionSpecs> {
  readonly values: OptionValues<S>;
  readonly positionals: readonly string[];
}

/** node's util.parseArgs in strict mode, its errors reworded as one short usage message. */
export function parseCommandLine<S extends OptionSpecs>(
  args: readonly string[],
  specs: S,
): ParsedCommandLine<S> {
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [
      name,
      {
        type: spec.type,
        ...(spec.short ? { short: spec.short } : {}),
        ...(spec.multiple ? { multiple: true } : {}),
      },
    ]),
  );
  try {
    const parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
    return { values: parsed.values as OptionValues<S>, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(rewordParseError(error));
  }
}

function rewordParseError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'([^']+)'/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown option ${option}`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const name = option.split(" ")[0] ?? option;
    return /argument missing/.test(message)
      ? `option ${name} needs a value`
      : `option ${name} takes no value`;
  }
  return message;
}
