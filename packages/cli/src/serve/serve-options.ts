import type { LambdaHandler, MockConfigFile } from "@statesmith/local";

export interface ServeOptions {
  /** Step Functions port (default 8083, Step Functions Local's); 0 picks a free port. */
  readonly port?: number;
  /** Loopback by default: the server has no authentication. */
  readonly host?: string;
  /** The embedded DynamoDB's port (default `port + 1`; 0 when `port` is 0). */
  readonly dynamodbPort?: number;
  /** Use this DynamoDB endpoint instead of the embedded one (else DYNAMODB_ENDPOINT, as the engine reads it). */
  readonly dynamodbEndpoint?: string;
  /** Local Lambda handlers, keyed by function name, ARN or alias ARN. */
  readonly handlers?: Readonly<Record<string, LambdaHandler>>;
  /** A Lambda-compatible endpoint for functions without a local handler (else LAMBDA_ENDPOINT). */
  readonly lambdaEndpoint?: string;
  /** A Step Functions Local MockConfigFile (object or path); `stateMachineArn#TestCase` selects a test case. */
  readonly mockConfig?: MockConfigFile | string;
  /** Wait states and retry intervals take this fraction of their real time (default 1; 0 skips them). */
  readonly waitScale?: number;
  /** ARNs' region and account (default us-east-1 / 123456789012, as Step Functions Local). */
  readonly region?: string;
  readonly accountId?: string;
  /** Closed STANDARD executions kept for Describe/List/GetExecutionHistory (default 10,000; oldest dropped first). */
  readonly maxClosedExecutions?: number;
  /** Express executions time out (States.Timeout) after this many seconds (default 300, AWS's limit). */
  readonly expressLimitSeconds?: number;
  /** Warnings and internal errors (default: stderr). */
  readonly log?: (line: string) => void;
  /** One line per request (default: none). */
  readonly trace?: (line: string) => void;
}

export interface RunningServer {
  readonly port: number;
  readonly dynamodbPort: number;
  /** `http://127.0.0.1:<port>`: the SFNClient's endpoint. */
  readonly url: string;
  /** The DynamoDB endpoint the engine uses: the DynamoDBClient's endpoint. */
  readonly dynamodbUrl: string;
  readonly region: string;
  /** Stops accepting requests, aborts running executions and stops the embedded DynamoDB. */
  close(): Promise<void>;
}

export const DEFAULT_PORT = 8083;
export const DEFAULT_MAX_CLOSED_EXECUTIONS = 10_000;
export const DEFAULT_REGION = "us-east-1";
export const DEFAULT_ACCOUNT_ID = "123456789012";
