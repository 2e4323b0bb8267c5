import { randomUUID } from "node:crypto";
import { AwsError } from "./protocol/aws-error.js";

export type MachineType = "STANDARD" | "EXPRESS";

/** The region and account every ARN of this server is in. */
export interface ArnScope {
  readonly region: string;
  readonly accountId: string;
}

const prefix = (scope: ArnScope) => `arn:aws:states:${scope.region}:${scope.accountId}`;

export const stateMachineArn = (scope: ArnScope, name: string): string =>
  `${prefix(scope)}:stateMachine:${name}`;

/**
 * Standard: `execution:<machine>:<name>`, unique per machine. Express: `express:<machine>:<name>:<uuid>`, since
 * Express names need not be unique.
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html
 */
export const executionArn = (scope: ArnScope, type: MachineType, machine: string, name: string): string =>
  type === "STANDARD"
    ? `${prefix(scope)}:execution:${machine}:${name}`
    : `${prefix(scope)}:express:${machine}:${name}:${randomUUID()}`;

// arn:partition:states:region:account:resource-type:rest
const ARN = /^arn:aws[a-z-]*:states:([a-z0-9-]+):(\d{12}):([A-Za-z]+):(.+)$/;

interface ParsedArn {
  readonly region: string;
  readonly accountId: string;
  readonly resourceType: string;
  readonly parts: readonly string[];
}

function parse(text: string, field: string): ParsedArn {
  const match = ARN.exec(text);
  if (!match) throw new AwsError("InvalidArn", `Invalid Arn: '${text}' (${field})`);
  const [, region = "", accountId = "", resourceType = "", rest = ""] = match;
  return { region, accountId, resourceType, parts: rest.split(":") };
}

export interface StateMachineReference {
  /** The ARN without the Step Functions Local `#TestCase` suffix. */
  readonly arn: string;
  readonly name: string;
  /** `arn:…:stateMachine:Name#HappyPath` selects the mock config's test case, as in Step Functions Local. */
  readonly testCase: string | undefined;
}

export function parseStateMachineArn(text: string, field = "stateMachineArn"): StateMachineReference {
  const arn = parse(text, field);
  if (arn.resourceType !== "stateMachine" || arn.parts.length !== 1) {
    throw new AwsError(
      "InvalidArn",
      `Invalid Arn: 'Resource type not valid in this context: ${arn.resourceType}'`,
    );
  }
  const [name = "", testCase] = (arn.parts[0] ?? "").split("#", 2);
  return { arn: stateMachineArn(arn, name), name, testCase: testCase === "" ? undefined : testCase };
}

export interface ExecutionReference {
  readonly arn: string;
  readonly type: MachineType;
  readonly machineName: string;
}

export function parseExecutionArn(text: string, field = "executionArn"): ExecutionReference {
  const arn = parse(text, field);
  const type =
    arn.resourceType === "execution" ? "STANDARD" : arn.resourceType === "express" ? "EXPRESS" : undefined;
  if (type === undefined || arn.parts.length < 2) {
    throw new AwsError(
      "InvalidArn",
      `Invalid Arn: 'Resource type not valid in this context: ${arn.resourceType}'`,
    );
  }
  return { arn: text, type, machineName: arn.parts[0] ?? "" };
}

/** Roles are not assumed locally, but CreateStateMachine still refuses what is not an IAM role ARN. */
export function checkRoleArn(text: string): void {
  if (!/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(text)) {
    throw new AwsError(
      "InvalidArn",
      `Invalid Role Arn: '${text}' (expected arn:aws:iam::<account>:role/<name>)`,
    );
  }
}
