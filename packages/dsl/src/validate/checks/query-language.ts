import { fieldOf } from "../json/json-value.js";
import type { Check } from "./check.js";

/**
 * A state may switch a JSONPath machine to JSONata, not the reverse: "If JSONata is specified at the top level,
 * JSONPath cannot be used in the state machine definition" (the CDK's QueryLanguage docs, which mirror the
 * service; https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_stepfunctions.QueryLanguage.html).
 */
export const checkQueryLanguage: Check = ({ model, report }) => {
  if (model.language !== "JSONata") return;
  for (const state of model.states) {
    if (fieldOf(state.raw, "QueryLanguage") !== "JSONPath") continue;
    report.refused(
      { state: state.name, field: "QueryLanguage" },
      "language",
      "This state uses JSONPath, but the machine's top-level QueryLanguage is JSONata, which allows no JSONPath states.",
      'Rewrite the state in JSONata, or set the top-level QueryLanguage to "JSONPath" and mark the JSONata states.',
    );
  }
};
