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
      pathSyntaxHint(parsed.message),
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
  } else if (path.root.kind === "context") {
    checkContextPart(path, site, walk);
  }
  return path;
}

/**
 * Two parts of the context object exist only in one place: `Map` while a Map state builds each item's input
 * (ItemSelector, formerly Parameters), `Task` (its Token) in a Task whose Resource ends in `.waitForTaskToken`.
 * Read anywhere else, the path names nothing and the state fails.
 * https://docs.aws.amazon.com/step-functions/latest/dg/input-output-contextobject.html
 */
function checkContextPart(path: ParsedJsonPath, site: Site, walk: WalkContext): void {
  const first = path.legs[0];
  if (first?.kind !== "member" || (first.name !== "Map" && first.name !== "Task")) return;
  const state = site.state;
  const field = site.field.split(/[.[]/)[0];
  const available =
    first.name === "Map"
      ? state?.type === "Map" && (field === "ItemSelector" || field === "Parameters")
      : state?.type === "Task" &&
        (String(state.raw.Resource).endsWith(".waitForTaskToken") ||
          hasPlaceholder(String(state.raw.Resource)));
  if (available) return;
  walk.report.atRunTime(
    whereOf(site),
    "path",
    first.name === "Map"
      ? `${quote(path.text)} reads $$.Map, which the context object has only in a Map state's ItemSelector.`
      : `${quote(path.text)} reads $$.Task, which the context object has only in a Task whose Resource ends in .waitForTaskToken.`,
    first.name === "Map"
      ? "Read the item's index and value in the Map's ItemSelector, and pass them on in the item."
      : 'Use the ".waitForTaskToken" form of the integration to get a task token.',
    { severity: "warning" },
  );
}

/** A fix for the kind of syntax error the parser found. */
function pathSyntaxHint(message: string): string {
  if (message.includes("in the filter"))
    return "Quote text in a filter and compare with a value or a path, e.g. \"$.items[?(@.status == 'done')]\".";
  if (message.includes('field name after "."'))
    return `Name a field after each "." (remove a trailing "."); write ['my field'] for names with spaces.`;
  if (message.includes("quoted name")) return "Close the quote: \"$['my field']\".";
  if (message.startsWith("a path starts with"))
    return 'Paths start with "$" (the input), "$$" (the context object) or "$name" (a variable), e.g. "$.items[0].id".';
  return 'Write the path as "$.field", "$.list[0]", "$.list[*].field" or "$$.Execution.Id".';
}

/** For messages: the value as a path string, when it is one. */
export const isPathLike = (value: JsonValue): value is string =>
  typeof value === "string" &&
  (value === "$" || value.startsWith("$.") || value.startsWith("$$.") || value.startsWith("$["));
