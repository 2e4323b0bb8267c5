import { type IntrinsicParseResult, parseIntrinsic } from "../../asl/intrinsic.js";
import { parseJsonPath } from "../../asl/json-path.js";
import type { JsonPathParseResult } from "../../asl/json-path-ast.js";
import { analyzeJsonata, type JsonataAnalysis } from "./jsonata-analysis.js";

/**
 * Each distinct path, intrinsic call and JSONata expression is parsed once per validation: generated machines
 * repeat the same text in many states, and JSONata parsing is the costly part.
 */
export class ExpressionCache {
  private readonly paths = new Map<string, JsonPathParseResult>();
  private readonly intrinsics = new Map<string, IntrinsicParseResult>();
  private readonly jsonata = new Map<string, JsonataAnalysis>();

  path(text: string): JsonPathParseResult {
    return remember(this.paths, text, parseJsonPath);
  }

  intrinsic(text: string): IntrinsicParseResult {
    return remember(this.intrinsics, text, parseIntrinsic);
  }

  jsonataExpression(body: string): JsonataAnalysis {
    return remember(this.jsonata, body, analyzeJsonata);
  }
}

function remember<T>(cache: Map<string, T>, key: string, compute: (key: string) => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute(key);
    cache.set(key, value);
  }
  return value;
}
