/**
 * The parsed form of an ASL JSONPath (Jayway syntax, as Step Functions reads it), shared by the validator and the
 * local engine so that both agree on what a path means. Parsing only: evaluation is the engine's business.
 * Spec: https://states-language.net/spec.html#path and
 * https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html
 */

import type { JsonValue } from "./types.js";

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

/** `@.a.b` (relative to the current item) or `$.a` (relative to the whole input); may end in a function. */
export interface FilterPathOperand {
  readonly kind: "path";
  readonly relative: boolean;
  readonly legs: readonly JsonPathLeg[];
}

export type FilterOperand =
  /** A number, quoted string, true, false, null, or a JSON array/object literal such as `['a','b']`. */
  | { readonly kind: "literal"; readonly value: JsonValue }
  | FilterPathOperand
  | { readonly kind: "regex"; readonly source: string; readonly flags: string };

/**
 * Jayway's filter operators (RelationalOperator). The words are case-insensitive in the text and written
 * here in lower case: `in`/`nin` test the left value's membership of the right array; `subsetof`, `anyof`
 * and `noneof` compare two arrays; `size` compares an array's or string's length with a number; `empty`
 * compares an array's, object's or string's emptiness with a boolean; `contains` tests an array's element
 * or a string's substring. https://github.com/json-path/JsonPath#filter-operators
 */
export type FilterComparator =
  | "=="
  | "!="
  | "<"
  | "<="
  | ">"
  | ">="
  | "=~"
  | "in"
  | "nin"
  | "subsetof"
  | "anyof"
  | "noneof"
  | "size"
  | "empty"
  | "contains";

export type FilterExpression =
  | {
      readonly kind: "compare";
      readonly op: FilterComparator;
      readonly left: FilterOperand;
      readonly right: FilterOperand;
    }
  /**
   * A bare path: true when it names something, whatever the value (false and null included), as Jayway's
   * exists check does. Jayway refuses a bare literal, and so does the parser.
   */
  | { readonly kind: "exists"; readonly operand: FilterPathOperand }
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
