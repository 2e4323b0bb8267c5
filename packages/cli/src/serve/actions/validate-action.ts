import { type Diagnostic, formatDiagnostic, validateDefinition } from "@statesmith/dsl";
import { expressDiagnostics } from "../express-patterns.js";
import type { WireObject } from "../protocol/wire.js";
import type { ActionFamily } from "./action.js";

type Severity = "ERROR" | "WARNING";

/**
 * AWS's result is FAIL only for what CreateStateMachine refuses, so only our "refused-by-aws" errors are
 * ERRORs; what AWS accepts but cannot work at run time, and warnings, come back as WARNINGs.
 */
const severityOf = (diagnostic: Diagnostic): Severity =>
  diagnostic.severity === "error" && diagnostic.kind === "refused-by-aws" ? "ERROR" : "WARNING";

const codeOf = (diagnostic: Diagnostic): string =>
  severityOf(diagnostic) === "ERROR"
    ? "SCHEMA_VALIDATION_FAILED"
    : diagnostic.kind === "fails-at-run-time"
      ? "FAILS_AT_RUN_TIME"
      : "STATESMITH_WARNING";

/** `Retry[0].MaxAttemps` in state `Charge` → `/States/Charge/Retry/0/MaxAttemps`, AWS's location style. */
function locationOf(diagnostic: Diagnostic): string | undefined {
  const field = (diagnostic.field ?? "")
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter(Boolean);
  const path = diagnostic.state === null ? field : ["States", diagnostic.state, ...field];
  return path.length === 0 ? undefined : `/${path.join("/")}`;
}

const wireDiagnostic = (diagnostic: Diagnostic): WireObject => ({
  severity: severityOf(diagnostic),
  code: codeOf(diagnostic),
  message: formatDiagnostic(diagnostic),
  location: locationOf(diagnostic),
});

const syntaxError = (code: string, message: string): WireObject => ({
  result: "FAIL",
  diagnostics: [{ severity: "ERROR", code, message }],
  truncated: false,
});

/**
 * ValidateStateMachineDefinition with Statesmith's validator (asl-validator + semantic checks); `severity`
 * ERROR (default) returns errors only, WARNING both; `maxResults` default and maximum 100.
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_ValidateStateMachineDefinition.html
 */
export const validateAction: ActionFamily<"ValidateStateMachineDefinition"> = {
  ValidateStateMachineDefinition(request) {
    const text = request.string("definition", { max: 1_048_576 });
    const type = request.optionalEnum("type", ["STANDARD", "EXPRESS"] as const) ?? "STANDARD";
    const minimum = request.optionalEnum("severity", ["ERROR", "WARNING"] as const) ?? "ERROR";
    const max = request.optionalInteger("maxResults", { max: 100 }) || 100;
    if (text.trim() === "") return syntaxError("MISSING_DESCRIPTION", "The definition is empty.");
    let definition: unknown;
    try {
      definition = JSON.parse(text);
    } catch (error) {
      return syntaxError("INVALID_JSON_DESCRIPTION", error instanceof Error ? error.message : String(error));
    }
    const found = [
      ...validateDefinition(definition).diagnostics,
      ...(type === "EXPRESS" ? expressDiagnostics(definition) : []),
    ];
    const shown = found.filter((diagnostic) => minimum === "WARNING" || severityOf(diagnostic) === "ERROR");
    return {
      result: found.some((diagnostic) => severityOf(diagnostic) === "ERROR") ? "FAIL" : "OK",
      diagnostics: shown.slice(0, max).map(wireDiagnostic),
      truncated: shown.length > max,
    };
  },
};
