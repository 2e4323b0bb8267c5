/// <reference path="./asl-validator.d.ts" />
import aslValidator from "asl-validator";
import type { JsonValue } from "../../asl/types.js";

export interface AslValidatorFinding {
  readonly code: string;
  readonly message: string;
  /** JSON pointer segments of the offending value, for schema errors. */
  readonly segments?: readonly string[];
  readonly schemaPath?: string;
}

/**
 * Runs asl-validator 4.0 on `copy`, which it mutates (it adds QueryLanguage to every state): callers hand it
 * a copy they no longer read. Its errors come back as plain data; when it throws (it does on some non-object
 * input), it has nothing to add to our own findings.
 */
export function runAslValidator(copy: JsonValue, checkArn: boolean): AslValidatorFinding[] {
  try {
    const result = aslValidator(copy, { checkPaths: true, checkArn });
    return result.errors.map((error) => {
      const finding: AslValidatorFinding = { code: error["Error code"], message: error.Message };
      if (!error.schemaError) return finding;
      const pointer = error.schemaError.instancePath;
      return {
        ...finding,
        segments: pointer === "" ? [] : pointer.slice(1).split("/").map(unescapePointer),
        schemaPath: error.schemaError.schemaPath,
      };
    });
  } catch {
    return [];
  }
}

const unescapePointer = (segment: string): string => segment.replaceAll("~1", "/").replaceAll("~0", "~");
