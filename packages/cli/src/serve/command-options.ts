import { resolve } from "node:path";
import { UsageError } from "../cli/errors.js";
import { DEFAULT_PORT, type RunningServer, type ServeOptions } from "./serve-options.js";

/** `statesmith serve`'s options as the command line gives them (all text). */
export interface ServeCommandValues {
  readonly port?: string;
  readonly host?: string;
  readonly "dynamodb-port"?: string;
  readonly "mock-config"?: string;
  readonly "wait-scale"?: string;
  readonly region?: string;
  readonly "account-id"?: string;
  readonly "max-executions"?: string;
  readonly verbose?: boolean;
}

const integer = (text: string, option: string, min: number, max: number): number => {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new UsageError(`${option} takes a whole number from ${min} to ${max}, got "${text}"`);
  }
  return value;
};

/**
 * Options, else the environment variables Step Functions Local reads (SFN_MOCK_CONFIG, WAIT_TIME_SCALE,
 * AWS_DEFAULT_REGION, AWS_ACCOUNT_ID, LAMBDA_ENDPOINT, DYNAMODB_ENDPOINT), else the defaults.
 * https://docs.aws.amazon.com/step-functions/latest/dg/sfn-local-config-options.html
 */
export function serveOptions(
  values: ServeCommandValues,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): Omit<ServeOptions, "handlers" | "log" | "trace"> {
  const port = values.port === undefined ? DEFAULT_PORT : integer(values.port, "--port", 0, 65_535);
  const dynamodbPort = values["dynamodb-port"];
  const mockConfig = values["mock-config"] ?? env.SFN_MOCK_CONFIG;
  const waitScaleText = values["wait-scale"] ?? env.WAIT_TIME_SCALE;
  const waitScale = waitScaleText === undefined ? undefined : Number(waitScaleText);
  if (waitScale !== undefined && !(Number.isFinite(waitScale) && waitScale >= 0)) {
    throw new UsageError(
      `--wait-scale (or WAIT_TIME_SCALE) takes a number ≥ 0 (0.01: a 10 s Wait takes 100 ms), got "${waitScaleText}"`,
    );
  }
  const region = values.region ?? env.AWS_DEFAULT_REGION;
  const accountId = values["account-id"] ?? env.AWS_ACCOUNT_ID;
  if (accountId !== undefined && !/^\d{12}$/.test(accountId)) {
    throw new UsageError(`--account-id (or AWS_ACCOUNT_ID) is 12 digits, got "${accountId}"`);
  }
  return {
    port,
    ...(values.host !== undefined && { host: values.host }),
    ...(dynamodbPort !== undefined && { dynamodbPort: integer(dynamodbPort, "--dynamodb-port", 0, 65_535) }),
    ...(env.DYNAMODB_ENDPOINT && { dynamodbEndpoint: env.DYNAMODB_ENDPOINT }),
    ...(env.LAMBDA_ENDPOINT && { lambdaEndpoint: env.LAMBDA_ENDPOINT }),
    ...(mockConfig !== undefined && { mockConfig: resolve(cwd, mockConfig) }),
    ...(waitScale !== undefined && { waitScale }),
    ...(region !== undefined && { region }),
    ...(accountId !== undefined && { accountId }),
    ...(values["max-executions"] !== undefined && {
      maxClosedExecutions: integer(values["max-executions"], "--max-executions", 1, 10_000_000),
    }),
  };
}

/** What the command prints once both endpoints listen: where they are and how to point the SDK at them. */
export function serveBanner(
  server: RunningServer,
  options: Pick<ServeOptions, "waitScale" | "mockConfig">,
): string {
  const scale = options.waitScale ?? 1;
  return [
    `statesmith serve: Step Functions on ${server.url}, DynamoDB on ${server.dynamodbUrl} (${server.region})`,
    `  waits: ${scale === 1 ? "real time" : `× ${scale}`}${typeof options.mockConfig === "string" ? `; mocks: ${options.mockConfig}` : ""}`,
    `  new SFNClient({ endpoint: "${server.url}", region: "${server.region}", disableHostPrefix: true, credentials })`,
    `  new DynamoDBClient({ endpoint: "${server.dynamodbUrl}", region: "${server.region}", credentials })`,
    "Press Ctrl+C to stop.",
    "",
  ].join("\n");
}
