import type { JsonValue } from "@statesmith/dsl";
import { UserError } from "../cli/errors.js";
import { parseJson } from "../load/parse-json.js";
import { readText } from "../load/read-text.js";

/** A JSON file named on the command line; unreadable or malformed is exit code 2 with the file and the spot. */
export function readJsonFile(file: string, cwd: string, what: string): JsonValue {
  const parsed = parseJson(readText(file, cwd));
  if (!parsed.ok) throw new UserError(`${what} ${file} is not JSON: ${parsed.error}`, 2);
  return parsed.value;
}
