import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { tsImport } from "tsx/esm/api";
import { UserError } from "../cli/errors.js";
import { userLocation } from "./error-location.js";

export type ModuleExports = Readonly<Record<string, unknown>>;

/**
 * Loads a TypeScript (or JavaScript) module the user names, compiled on the fly by tsx: no build step.
 * tsx honours TSX_TSCONFIG_PATH for path aliases. A module that fails to load or throws while it runs is
 * reported with its own message and the user's line, never with our stack.
 */
export async function importUserModule(file: string, cwd: string): Promise<ModuleExports> {
  const path = resolve(cwd, file);
  if (!existsSync(path)) throw new UserError(`cannot read ${file}: no such file`, 2);
  if (statSync(path).isDirectory()) throw new UserError(`cannot read ${file}: it is a directory`, 2);
  try {
    return (await tsImport(pathToFileURL(path).href, import.meta.url)) as ModuleExports;
  } catch (error) {
    const where = userLocation(error, cwd);
    throw new UserError(
      `${file}: loading the module failed: ${errorText(error)}${where ? ` (at ${where})` : ""}`,
    );
  }
}

/** `TypeError: x is not a function`; a thrown non-Error value is shown as it is. */
export function errorText(error: unknown): string {
  if (!(error instanceof Error))
    return `it threw ${typeof error === "string" ? error : JSON.stringify(error)}`;
  return error.name === "Error" ? error.message : `${error.name}: ${error.message}`;
}
