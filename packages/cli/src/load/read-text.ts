import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { UserError } from "../cli/errors.js";

/** Reads a file named on the command line; a missing or unreadable file is the user's error (exit 2). */
export function readText(file: string, cwd: string): string {
  try {
    return readFileSync(resolve(cwd, file), "utf8");
  } catch (error) {
    throw new UserError(`cannot read ${file}: ${reason(error)}`, 2);
  }
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a directory";
  if (code === "EACCES") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}
