import type { JsonValue } from "../asl/types.js";
import type { Check, CheckInput } from "./checks/check.js";
import { checkErrorMatchers } from "./checks/error-matchers.js";
import { checkExclusiveFields } from "./checks/exclusive-fields.js";
import { reportInputIssues } from "./checks/input-issues.js";
import { checkMachineFields } from "./checks/machine-fields.js";
import { checkMapMode } from "./checks/map-mode.js";
import { checkQueryLanguage } from "./checks/query-language.js";
import { checkReachability } from "./checks/reachability.js";
import { checkStateFields } from "./checks/state-fields.js";
import { checkStateNames } from "./checks/state-names.js";
import { checkTaskTimeouts } from "./checks/task-timeouts.js";
import { checkTerminalStates } from "./checks/terminal.js";
import { checkTransitions } from "./checks/transitions.js";
import { checkVariableReads } from "./checks/variables.js";
import { ExpressionCache } from "./expressions/expression-cache.js";
import { copyJson } from "./json/copy-json.js";
import { buildModel } from "./model/build-model.js";
import type { DefinitionModel } from "./model/definition-model.js";
import { Reporter } from "./report.js";

/** In order: the field walk records the variable reads that the data-flow check then judges. */
const CHECKS: readonly Check[] = [
  checkMachineFields,
  checkStateNames,
  checkStateFields,
  checkTransitions,
  checkReachability,
  checkTerminalStates,
  checkExclusiveFields,
  checkErrorMatchers,
  checkTaskTimeouts,
  checkMapMode,
  checkQueryLanguage,
  checkVariableReads,
];

export interface SemanticResult {
  /** The JSON copy the checks read; asl-validator may have it afterwards. */
  readonly data: JsonValue;
  readonly model: DefinitionModel;
  readonly report: Reporter;
}

/** Our checks without asl-validator: one copy, one model, one walk per check family (the bench times this). */
export function runSemanticChecks(definition: unknown, checkArn: boolean): SemanticResult {
  const { data, issues } = copyJson(definition);
  const report = new Reporter();
  reportInputIssues(issues, report);
  const model = buildModel(data);
  const input: CheckInput = { model, report, cache: new ExpressionCache(), checkArn, reads: [] };
  for (const check of CHECKS) check(input);
  return { data, model, report };
}
