/**
 * The parsed form of an ASL JSONPath (Jayway syntax, as Step Functions reads it), shared by the validator and the
 * local engine so that both agree on what a path means. Parsing only: evaluation is the engine's business.
 * Spec: https://states-language.net/spec.html#path and
 * https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html
 */

/** `$` is the state's input, `$$` the context object, `$name` a variable (JSONPath states may read variables). */
export type JsonPathRoot =
  | { readonly kind: "input" }
  | { readonly kind: "context" }
  | { readonly kind: "variable"; readonly name: string };

export type JsonPathLeg =
  | { readonly kind: "member"; readonly name: string }
  | { readonly kind: "index"; readonly index: number }
  | { readonly kind: "wildcard" }
  | { readonly kind: "union"; readonly members: readonly (string | number)[] }
  | { readonly kind: "slice"; readonly start?: number; readonly end?: number; readonly step?: number }
  /** `..name`, `..*`, `..[0]`: the inner leg applied at every depth. */
  | { readonly kind: "descendant"; readonly leg: JsonPathLeg }
  | { readonly kind: "filter"; readonly expression: FilterExpression }
  /** A trailing Jayway function such as `.length()`. */
  | { readonly kind: "function"; readonly name: JsonPathFunctionName };

export type JsonPathFunctionName = "length" | "min" | "max" | "avg" | "sum" | "stddev" | "keys";

export type FilterOperand =
  | { readonly kind: "literal"; readonly value: string | number | boolean | null }
  /** `@.a.b` (relative to the current item) or `$.a` (relative to the whole input). */
  | { readonly kind: "path"; readonly relative: boolean; readonly legs: readonly JsonPathLeg[] }
  | { readonly kind: "regex"; readonly source: string; readonly flags: string };

export type FilterComparator = "==" | "!=" | "<" | "<=" | ">" | ">=" | "=~";

export type FilterExpression =
  | {
      readonly kind: "compare";
      readonly op: FilterComparator;
      readonly left: FilterOperand;
      readonly right: FilterOperand;
    }
  /** A bare operand: true when the path exists (and is not false/null for literals). */
  | { readonly kind: "exists"; readonly operand: FilterOperand }
  | { readonly kind: "and" | "or"; readonly left: FilterExpression; readonly right: FilterExpression }
  | { readonly kind: "not"; readonly operand: FilterExpression };

export interface ParsedJsonPath {
  readonly text: string;
  readonly root: JsonPathRoot;
  readonly legs: readonly JsonPathLeg[];
  /**
   * True when the path names at most one node: only member and index legs. The spec calls such paths
   * Reference Paths; ResultPath (and other places that write) accept only those.
   */
  readonly definite: boolean;
}

export type JsonPathParseResult =
  | { readonly ok: true; readonly path: ParsedJsonPath }
  | { readonly ok: false; readonly message: string; readonly position: number };
