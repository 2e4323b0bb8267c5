import type { LambdaHandler } from "@statesmith/local";
import { UserError } from "../cli/errors.js";
import { importUserModule } from "../load/typescript-module.js";

/**
 * Local Lambda handlers from a module: a default export that is an object of functions, and/or named function
 * exports. Keys are what the engine matches a Task against: a function name, an ARN or an alias ARN.
 */
export async function loadHandlers(file: string, cwd: string): Promise<Record<string, LambdaHandler>> {
  const exports = await importUserModule(file, cwd);
  const { default: fallback, ...named } = exports;
  if (typeof fallback === "function") {
    throw new UserError(
      `${file}: the default export is a function; export an object { "function-name": handler } or named handler functions`,
    );
  }
  const fromDefault = typeof fallback === "object" && fallback !== null ? Object.entries(fallback) : [];
  const handlers = Object.fromEntries(
    [...fromDefault, ...Object.entries(named)].filter(
      (entry): entry is [string, LambdaHandler] => typeof entry[1] === "function",
    ),
  );
  if (Object.keys(handlers).length === 0) {
    throw new UserError(
      `${file}: exports no handler functions (export { "function-name": handler } or named functions)`,
    );
  }
  return handlers;
}
