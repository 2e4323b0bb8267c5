import type { Command } from "./command.js";
import type { OptionSpec } from "./options.js";

export function commandHelp(name: string, command: Command): string {
  const options = Object.entries(command.options).map(([option, spec]) => [
    optionTerm(option, spec),
    spec.description,
  ]);
  return [
    `statesmith ${name}: ${command.summary}`,
    "",
    `Usage: statesmith ${name} ${command.usage}`,
    "",
    "Options:",
    ...columns(options),
    ...command.notes.flatMap((note) => ["", note]),
    "",
  ].join("\n");
}

export function mainHelp(version: string, commands: Readonly<Record<string, Command>>): string {
  return [
    `statesmith ${version}: author AWS Step Functions in TypeScript.`,
    "",
    "Usage: statesmith <command> [options]",
    "",
    "Commands:",
    ...columns(Object.entries(commands).map(([name, command]) => [name, command.summary])),
    "",
    "Options:",
    ...columns([
      ["-h, --help", "Show this help."],
      ["-v, --version", "Print the version."],
    ]),
    "",
    "Run `statesmith <command> --help` for the command's options.",
    "",
  ].join("\n");
}

export function usageLine(name: string, command: Command): string {
  return `Usage: statesmith ${name} ${command.usage}\nRun \`statesmith ${name} --help\` for more.\n`;
}

function optionTerm(name: string, spec: OptionSpec): string {
  const short = spec.short ? `-${spec.short}, ` : "    ";
  const value = spec.type === "string" ? ` ${spec.value ?? "VALUE"}` : "";
  return `${short}--${name}${value}`;
}

function columns(rows: readonly (readonly string[])[]): string[] {
  const width = Math.max(...rows.map(([term]) => (term ?? "").length));
  return rows.map(([term = "", description = ""]) => `  ${term.padEnd(width)}  ${description}`);
}
