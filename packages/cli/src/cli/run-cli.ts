import { COMMANDS, type CommandName } from "../commands/index.js";
import type { Command } from "./command.js";
import { EXIT, UsageError, UserError } from "./errors.js";
import { commandHelp, mainHelp, usageLine } from "./help.js";
import type { Io } from "./io.js";

const isCommandName = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);

/** Dispatches `statesmith <command> …` and turns every failure into a message and an exit code. */
export async function runCli(argv: readonly string[], io: Io, version: string): Promise<number> {
  const [first, ...rest] = argv;
  if (first === "-h" || first === "--help" || (first === "help" && rest.length === 0)) {
    io.stdout(mainHelp(version, COMMANDS));
    return EXIT.ok;
  }
  if (first === "-v" || first === "--version") {
    io.stdout(`${version}\n`);
    return EXIT.ok;
  }
  // `statesmith help build` is `statesmith build --help`.
  const [name, args] = first === "help" ? [rest[0] ?? "", ["--help"]] : [first, rest];
  if (name === undefined) return mainUsageError("missing command", version, io);
  if (name.startsWith("-")) return mainUsageError(`unknown option ${name}`, version, io);
  if (!isCommandName(name)) return mainUsageError(unknownCommand(name), version, io);
  const command = COMMANDS[name];
  // Help wins over everything else on the line, even over options that would not parse.
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(commandHelp(name, command));
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    return reportFailure(name, command, error, io);
  }
}

function reportFailure(name: CommandName, command: Command, error: unknown, io: Io): number {
  if (error instanceof UsageError) {
    io.stderr(`statesmith ${name}: ${error.message}\n${usageLine(name, command)}`);
    return EXIT.usage;
  }
  if (error instanceof UserError) {
    io.stderr(`statesmith ${name}: ${error.message}\n`);
    return error.exitCode;
  }
  // Not the user's mistake: keep the stack, it is what a bug report needs.
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr(`statesmith ${name}: internal error (please report it): ${detail}\n`);
  return EXIT.failed;
}

function mainUsageError(message: string, version: string, io: Io): number {
  io.stderr(`statesmith: ${message}\n\n${mainHelp(version, COMMANDS)}`);
  return EXIT.usage;
}

function unknownCommand(name: string): string {
  const close = Object.keys(COMMANDS).filter((known) => editDistance(known, name) <= 2);
  return `unknown command "${name}"${close.length > 0 ? ` (did you mean ${close.join(" or ")}?)` : ""}`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
