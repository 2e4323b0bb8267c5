import type { JsonValue } from "@statesmith/dsl";
import { UserError } from "../cli/errors.js";
import { parseJson } from "../load/parse-json.js";
import { readText } from "../load/read-text.js";

/** `--input '{"a":1}'` or `--input @input.json`; StartExecution's default input is `{}`. */
export function readInput(option: string | undefined, cwd: string): JsonValue {
  if (option === undefined) return {};
  const fromFile = option.startsWith("@");
  const text = fromFile ? readText(option.slice(1), cwd) : option;
  const parsed = parseJson(text);
  if (parsed.ok) return parsed.value;
  const what = fromFile ? `--input file ${option.slice(1)}` : "--input";
  throw new UserError(
    `${what} is not JSON: ${parsed.error}. Pass JSON text (quote it for the shell) or @file.json.`,
    2,
  );
}
