import type { Io } from "./io.js";
import { type OptionSpecs, type ParsedCommandLine, parseCommandLine } from "./options.js";

/** Added to every command, so that `statesmith <cmd> --help` always works. */
export const HELP_OPTION = Object.freeze({
  help: { type: "boolean", short: "h", description: "Show this help." },
} as const satisfies OptionSpecs);

export interface CommandSpec<S extends OptionSpecs> {
  /** One line for the command list. */
  readonly summary: string;
  /** Positionals and options as a user types them, without the leading `statesmith <cmd>`. */
  readonly usage: string;
  readonly options: S;
  /** Paragraphs after the options: exit codes, examples. */
  readonly notes?: readonly string[];
  run(line: ParsedCommandLine<S>, io: Io): Promise<number>;
}

/** A command with its option types erased, so that every command fits one table. */
export interface Command {
  readonly summary: string;
  readonly usage: string;
  readonly options: OptionSpecs;
  readonly notes: readonly string[];
  /** Parses `args` (everything after the command name) and runs; throws UsageError or UserError. */
  run(args: readonly string[], io: Io): Promise<number>;
}

export function defineCommand<S extends OptionSpecs>(spec: CommandSpec<S>): Command {
  return {
    summary: spec.summary,
    usage: spec.usage,
    options: { ...spec.options, ...HELP_OPTION },
    notes: spec.notes ?? [],
    run: (args, io) => spec.run(parseCommandLine(args, spec.options), io),
  };
}
