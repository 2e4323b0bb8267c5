import type { ResourceDescription } from "../interpreter/task-invoker.js";

const LAMBDA_FUNCTION =
  /^arn:aws[a-z-]*:lambda:([a-z0-9-]+):(\d{12}):function:([A-Za-z0-9_-]+)(?::([A-Za-z0-9_$-]+))?$/;
const SERVICE = /^arn:aws[a-z-]*:states:[a-z0-9-]*:(\d{12})?:([a-z0-9-]+):(.+)$/;
const ACTIVITY = /^arn:aws[a-z-]*:states:[a-z0-9-]+:\d{12}:activity:(.+)$/;

export interface LambdaFunctionArn {
  readonly region: string;
  readonly accountId: string;
  readonly functionName: string;
  readonly qualifier: string | undefined;
}

export function parseLambdaFunctionArn(text: string): LambdaFunctionArn | undefined {
  const match = LAMBDA_FUNCTION.exec(text);
  if (!match) return undefined;
  return { region: match[1]!, accountId: match[2]!, functionName: match[3]!, qualifier: match[4] };
}

/**
 * Reads a Task's Resource the way the history shows it: a Lambda function ARN (LambdaFunction* events), an
 * optimized or AWS SDK integration `arn:aws:states:::service:action[.pattern]`, or an activity.
 * https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html
 */
export function describeResource(resource: string): ResourceDescription {
  if (LAMBDA_FUNCTION.test(resource)) {
    return { kind: "lambda-function", resourceType: "lambda", resource, pattern: "request-response" };
  }
  const activity = ACTIVITY.exec(resource);
  if (activity)
    return { kind: "service", resourceType: "activity", resource: activity[1]!, pattern: "request-response" };
  const service = SERVICE.exec(resource);
  if (!service) {
    throw new Error(
      `Resource '${resource}' is neither a Lambda function ARN nor an integration like arn:aws:states:::lambda:invoke`,
    );
  }
  let type = service[2]!;
  let action = service[3]!;
  if (type === "aws-sdk") {
    const separator = action.indexOf(":");
    if (separator < 0)
      throw new Error(
        `Resource '${resource}' must name the service and API: arn:aws:states:::aws-sdk:dynamodb:getItem`,
      );
    type = `aws-sdk:${action.slice(0, separator)}`;
    action = action.slice(separator + 1);
  }
  const pattern = action.endsWith(".waitForTaskToken")
    ? "wait-for-task-token"
    : /\.sync(:\d+)?$/.test(action)
      ? "sync"
      : "request-response";
  return { kind: "service", resourceType: type, resource: action, pattern };
}

/** `putItem.waitForTaskToken` → `putItem`. */
export const actionName = (description: ResourceDescription): string =>
  description.resource.replace(/\.(sync(:\d+)?|waitForTaskToken)$/, "");
