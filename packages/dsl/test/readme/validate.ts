import { formatDiagnostic, validateDefinition } from "@statesmith/dsl";

const handWritten = {
  StartAt: "Call",
  States: {
    Call: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: { FunctionName: "charge" },
      Retry: [{ ErrorEquals: ["States.ALL"], MaxAttemps: 3 }],
      End: true,
    },
  },
};

export const { valid, diagnostics } = validateDefinition(handWritten);
export const messages = diagnostics.map(formatDiagnostic);
