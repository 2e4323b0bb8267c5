import type { Clock } from "../clock/clock.js";
import type { DynamoDbEndpoint } from "../integrations/dynamodb/dynamodb-endpoint.js";
import { createDynamoDbIntegration } from "../integrations/dynamodb/dynamodb-integration.js";
import type { LambdaHandler } from "../integrations/lambda/lambda-handler.js";
import { createLambdaIntegration } from "../integrations/lambda/lambda-integration.js";
import { createRegistry, isService } from "../integrations/registry.js";
import {
  type ChildExecutions,
  createStartExecutionIntegration,
} from "../integrations/states/start-execution.js";
import type { TaskInvoker } from "../interpreter/task-invoker.js";

export interface IntegrationSettings {
  readonly handlers: Readonly<Record<string, LambdaHandler>>;
  readonly lambdaEndpoint: string | undefined;
  readonly handlerStallMs: number;
  readonly clock: Clock;
  readonly region: string;
  readonly accountId: string;
  readonly endpoint: DynamoDbEndpoint;
  readonly children: ChildExecutions;
}

/** The engine's integrations registry: Lambda, DynamoDB (optimized and AWS SDK), nested executions. */
export function buildIntegrations(settings: IntegrationSettings): {
  invoker: TaskInvoker;
  close(): Promise<void>;
} {
  const lambda = createLambdaIntegration({ ...settings, endpoint: settings.lambdaEndpoint });
  const dynamodb = createDynamoDbIntegration(settings.endpoint, settings.region, settings.clock);
  const startExecution = createStartExecutionIntegration(settings.children);
  const invoker = createRegistry([
    { label: "Lambda function ARNs", matches: (d) => d.kind === "lambda-function", invoke: lambda.function },
    { label: "lambda:invoke", matches: (d) => isService(d, "lambda", ["invoke"]), invoke: lambda.invoke },
    {
      label: "dynamodb:getItem|putItem|updateItem|deleteItem",
      matches: (d) => isService(d, "dynamodb"),
      invoke: dynamodb.optimized,
    },
    { label: "aws-sdk:dynamodb:*", matches: (d) => isService(d, "aws-sdk:dynamodb"), invoke: dynamodb.sdk },
    {
      label: "states:startExecution (machines loaded in the same engine)",
      matches: (d) => isService(d, "states", ["startExecution"]),
      invoke: startExecution,
    },
  ]);
  return { invoker, close: dynamodb.close };
}
