import { HTTP_STATUS_CODE_ERROR, STATES_ERRORS as PREDEFINED } from "../../asl/states-errors.js";
import type { JsonValue } from "../../asl/types.js";
import { fieldOf, isJsonObject } from "../json/json-value.js";
import type { StateNode } from "../model/definition-model.js";
import { childField } from "../model/field-path.js";
import type { Reporter } from "../report.js";
import { closestName } from "../suggest.js";
import type { Check } from "./check.js";

const STATES_ERRORS: readonly string[] = PREDEFINED;

/**
 * ErrorEquals of Retriers and Catchers. "States.ALL … must appear alone in the ErrorEquals array and must
 * appear in the last retrier" (and catcher): CreateStateMachine refuses otherwise. A `States.` name that
 * neither Step Functions nor a Fail state of the definition raises is accepted but can never match.
 * https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html
 */

export const checkErrorMatchers: Check = ({ model, report }) => {
  const raised = raisedByFailStates(model.states);
  for (const state of model.states) {
    for (const field of ["Retry", "Catch"] as const) {
      const entries = fieldOf(state.raw, field);
      if (Array.isArray(entries)) checkEntries(state, field, entries, raised, report);
    }
  }
};

/**
 * The error names the definition's Fail states raise: a Fail may raise a `States.` name of its own (AWS's
 * quorum and either-or Parallel samples raise States.QuorumMet from a branch and catch it outside), so such
 * a name can match. `undefined` when some Fail computes its error (ErrorPath, JSONata): any name may come.
 */
function raisedByFailStates(states: readonly StateNode[]): ReadonlySet<string> | undefined {
  const names = new Set<string>();
  for (const state of states) {
    if (state.type !== "Fail") continue;
    const error = fieldOf(state.raw, "Error");
    if (fieldOf(state.raw, "ErrorPath") !== undefined) return undefined;
    if (typeof error !== "string") continue;
    if (error.includes("{%")) return undefined;
    names.add(error);
  }
  return names;
}

function checkEntries(
  state: StateNode,
  field: "Retry" | "Catch",
  entries: readonly JsonValue[],
  raised: ReadonlySet<string> | undefined,
  report: Reporter,
): void {
  const what = field === "Retry" ? "retrier" : "catcher";
  entries.forEach((entry, index) => {
    const errors = isJsonObject(entry) ? fieldOf(entry, "ErrorEquals") : undefined;
    if (!Array.isArray(errors)) return;
    const where = { state: state.name, field: childField(childField(field, index), "ErrorEquals") };
    if (errors.includes("States.ALL") && errors.length > 1) {
      report.refused(
        where,
        "error-matcher",
        `States.ALL must be alone in ErrorEquals, but this ${what} also lists ${errors.filter((name) => name !== "States.ALL").join(", ")}.`,
        `Use ["States.ALL"] alone, or list the specific errors without States.ALL.`,
      );
    }
    if (errors.includes("States.ALL") && index < entries.length - 1) {
      report.refused(
        where,
        "error-matcher",
        `The ${what} with States.ALL must be the last one, but ${entries.length - 1 - index} more follow it.`,
        `Move this ${what} to the end of ${field}.`,
      );
    }
    for (const name of errors) {
      if (typeof name !== "string" || !name.startsWith("States.") || STATES_ERRORS.includes(name)) continue;
      if (HTTP_STATUS_CODE_ERROR.test(name) || raised === undefined || raised.has(name)) continue;
      const suggestion = closestName(name, STATES_ERRORS);
      report.atRunTime(
        where,
        "error-matcher",
        `Neither Step Functions nor a Fail state of this definition raises ${name}, so this ${what} cannot match it.`,
        suggestion
          ? `Did you mean "${suggestion}"?`
          : "Names starting with States. are reserved for Step Functions' own errors.",
        { severity: "warning" },
      );
    }
  });
}
