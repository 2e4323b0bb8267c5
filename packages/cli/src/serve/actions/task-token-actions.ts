import type { JsonValue } from "@statesmith/dsl";
import { engineToAwsError } from "../engine-errors.js";
import { AwsError } from "../protocol/aws-error.js";
import type { RequestFields } from "../protocol/request-fields.js";
import type { ActionFamily } from "./action.js";

const readToken = (request: RequestFields): string => request.string("taskToken", { min: 1, max: 2048 });

function answer(send: () => void): Record<string, never> {
  try {
    send();
  } catch (error) {
    throw engineToAwsError(error) ?? error;
  }
  return {};
}

/**
 * SendTaskSuccess, SendTaskFailure, SendTaskHeartbeat: answer a `.waitForTaskToken` task. A token no task waits
 * for (unknown, already answered, timed out, or its execution stopped) is TaskDoesNotExist.
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_SendTaskSuccess.html
 */
export const taskTokenActions: ActionFamily<"SendTaskSuccess" | "SendTaskFailure" | "SendTaskHeartbeat"> = {
  SendTaskSuccess(request, context) {
    const token = readToken(request);
    const text = request.string("output", { max: 262_144 });
    let output: JsonValue;
    try {
      output = JSON.parse(text) as JsonValue;
    } catch (error) {
      throw new AwsError(
        "InvalidOutput",
        `Invalid Output: '${error instanceof Error ? error.message : String(error)}'`,
      );
    }
    return answer(() => context.engine.sendTaskSuccess(token, output));
  },

  SendTaskFailure(request, context) {
    const token = readToken(request);
    const error = request.optionalString("error", { max: 256 });
    const cause = request.optionalString("cause", { max: 32_768 });
    return answer(() => context.engine.sendTaskFailure(token, error, cause));
  },

  SendTaskHeartbeat(request, context) {
    const token = readToken(request);
    return answer(() => context.engine.sendTaskHeartbeat(token));
  },
};
