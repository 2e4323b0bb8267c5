import type { ParsedJsonPath } from "../../asl/json-path-ast.js";
import type { JsonValue } from "../../asl/types.js";
import { describeJson, hasPlaceholder, quote } from "../json/json-value.js";
import {
  fieldName,
  recordRead,
  type Site,
  type ValueCheck,
  type WalkContext,
  whereOf,
} from "../schema/walk-context.js";

/**
 * JSONPath fields. A Path may select many nodes; a Reference Path names one (members and indexes only);
 * ResultPath is a Reference Path into the state input, so it cannot start at the context object or a variable.
 * https://states-language.net/spec.html#path and
 * https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html
 */
export type PathKind = "path" | "reference" | "result";

export const jsonPath =
  (kind: PathKind, options: { nullable?: boolean } = {}): ValueCheck =>
  (value, site, walk) => {
    if (value === null && options.nullable) return;
    if (typeof value !== "string") {
      walk.report.refused(
        whereOf(site),
        "shape",
        `${fieldName(site)} must be a JSONPath string${options.nullable ? " or null" : ""}, not ${describeJson(value)}.`,
        `Write a path such as "$.order.id".`,
      );
      return;
    }
    checkPathText(value, kind, site, walk);
  };

/** Parses (once, cached), reports syntax and kind problems, records a variable root. */
export function checkPathText(
  text: string,
  kind: PathKind,
  site: Site,
  walk: WalkContext,
): ParsedJsonPath | undefined {
  if (hasPlaceholder(text)) return undefined;
  const parsed = walk.cache.path(text);
  if (!parsed.ok) {
    walk.report.refused(
      whereOf(site),
      "path",
      `${quote(text)} is not a valid JSONPath: ${parsed.message} (at character ${parsed.position + 1}).`,
      'Paths start with "$" (the input), "$$" (the context object) or "$name" (a variable), e.g. "$.items[0].id".',
    );
    return undefined;
  }
  const path = parsed.path;
  if (kind !== "path" && !path.definite) {
    walk.report.refused(
      whereOf(site),
      "path",
      `${fieldName(site)} must be a Reference Path (one node: only .name, ['name'] and [index]), not ${quote(text)}.`,
      "Remove wildcards, filters, slices, unions and functions from the path.",
    );
  }
  if (kind === "result" && path.root.kind !== "input") {
    walk.report.refused(
      whereOf(site),
      "path",
      `${fieldName(site)} must point into the state input ("$…"), not ${path.root.kind === "context" ? "the context object" : "a variable"}.`,
      'Write ResultPath as "$" or "$.field"; store values in variables with Assign instead.',
    );
  } else if (path.root.kind === "variable") {
    recordRead(walk, site, path.root.name);
  }
  return path;
}

/** For messages: the value as a path string, when it is one. */
export const isPathLike = (value: JsonValue): value is string =>
  typeof value === "string" &&
  (value === "$" || value.startsWith("$.") || value.startsWith("$$.") || value.startsWith("$["));
