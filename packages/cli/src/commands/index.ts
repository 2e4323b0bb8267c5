import type { Command } from "../cli/command.js";
import { build } from "./build.js";
import { run } from "./run.js";
import { serve } from "./serve.js";
import { validate } from "./validate.js";

/** One file per command; a new command (e.g. `serve`) is one file and one line here. */
export type CommandName = "build" | "validate" | "run" | "serve";

export const COMMANDS: Readonly<Record<CommandName, Command>> = Object.freeze({
  build,
  validate,
  run,
  serve,
});
