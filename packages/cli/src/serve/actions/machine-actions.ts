import { checkRoleArn, parseStateMachineArn, stateMachineArn } from "../arn.js";
import { checkName } from "../names.js";
import { AwsError } from "../protocol/aws-error.js";
import type { RequestFields } from "../protocol/request-fields.js";
import { epochSeconds, type WireObject } from "../protocol/wire.js";
import type { MachineRecord } from "../store/machine-store.js";
import { decodeToken, page, pageSize } from "../store/page-token.js";
import type { ActionFamily } from "./action.js";
import { requireMachine } from "./lookups.js";
import { loadDefinition } from "./machine-definition.js";
import { readTags } from "./tag-actions.js";

// Quotas from the API reference: definitions up to 1 MiB, role ARNs up to 256 characters.
const DEFINITION_MAX = 1_048_576;
const ARN_MAX = 256;
const TYPES = ["STANDARD", "EXPRESS"] as const;

/** What DescribeStateMachine shows for a configuration the request left out. */
const DEFAULT_LOGGING: WireObject = Object.freeze({ level: "OFF", includeExecutionData: false });
const DEFAULT_TRACING: WireObject = Object.freeze({ enabled: false });

const configuration = (request: RequestFields, name: string): WireObject | undefined => {
  const value = request.optionalObject(name);
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as WireObject);
};

/** Same name, definition, type and configurations: CreateStateMachine is idempotent, roleArn and tags aside. */
const sameMachine = (a: MachineRecord, b: Omit<MachineRecord, "loaded" | "sequence" | "arn">): boolean =>
  a.definition === b.definition &&
  a.type === b.type &&
  JSON.stringify([a.loggingConfiguration, a.tracingConfiguration]) ===
    JSON.stringify([b.loggingConfiguration, b.tracingConfiguration]);

/**
 * CreateStateMachine, UpdateStateMachine, DeleteStateMachine, DescribeStateMachine, ListStateMachines.
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_CreateStateMachine.html
 */
export const machineActions: ActionFamily<
  | "CreateStateMachine"
  | "UpdateStateMachine"
  | "DeleteStateMachine"
  | "DescribeStateMachine"
  | "ListStateMachines"
> = {
  CreateStateMachine(request, context) {
    const name = request.string("name", { max: 80 });
    checkName(name, "state machine");
    const definition = request.string("definition", { min: 1, max: DEFINITION_MAX });
    const roleArn = request.string("roleArn", { min: 1, max: ARN_MAX });
    checkRoleArn(roleArn);
    const now = new Date();
    const candidate = {
      name,
      type: request.optionalEnum("type", TYPES) ?? "STANDARD",
      definition,
      roleArn,
      creationDate: now,
      updateDate: now,
      loggingConfiguration: configuration(request, "loggingConfiguration") ?? DEFAULT_LOGGING,
      tracingConfiguration: configuration(request, "tracingConfiguration") ?? DEFAULT_TRACING,
      tags: readTags(request.optionalArray("tags")),
    };
    const arn = stateMachineArn(context.scope, name);
    const existing = context.machines.get(arn);
    if (existing) {
      if (!sameMachine(existing, candidate))
        throw new AwsError("StateMachineAlreadyExists", `State Machine Already Exists: '${arn}'`);
      return { stateMachineArn: arn, creationDate: epochSeconds(existing.creationDate) };
    }
    const loaded = loadDefinition(context, name, definition, candidate.type);
    context.machines.put({ ...candidate, arn, loaded, sequence: context.machines.sequence() });
    return { stateMachineArn: arn, creationDate: epochSeconds(now) };
  },

  UpdateStateMachine(request, context) {
    const { machine } = requireMachine(context, request.string("stateMachineArn", { max: ARN_MAX }));
    const definition = request.optionalString("definition", { min: 1, max: DEFINITION_MAX });
    const roleArn = request.optionalString("roleArn", { min: 1, max: ARN_MAX });
    const logging = configuration(request, "loggingConfiguration");
    const tracing = configuration(request, "tracingConfiguration");
    if (
      [definition, roleArn, logging, tracing, request.optionalObject("encryptionConfiguration")].every(
        (v) => v === undefined,
      )
    ) {
      throw new AwsError(
        "MissingRequiredParameter",
        "Request is missing a required parameter: give at least one of definition, roleArn, loggingConfiguration, tracingConfiguration or encryptionConfiguration",
      );
    }
    if (roleArn !== undefined) checkRoleArn(roleArn);
    // Running executions keep the plan they started with; new ones get the new definition.
    const loaded =
      definition === undefined
        ? machine.loaded
        : loadDefinition(context, machine.name, definition, machine.type);
    const updateDate = new Date();
    context.machines.put({
      ...machine,
      loaded,
      updateDate,
      definition: definition ?? machine.definition,
      roleArn: roleArn ?? machine.roleArn,
      loggingConfiguration: logging ?? machine.loggingConfiguration,
      tracingConfiguration: tracing ?? machine.tracingConfiguration,
    });
    return { updateDate: epochSeconds(updateDate) };
  },

  /**
   * Idempotent (no error for an unknown machine). "On the next state transition, the state machine's
   * executions are terminated": here its running executions stop at once, ABORTED.
   * https://docs.aws.amazon.com/step-functions/latest/apireference/API_DeleteStateMachine.html
   */
  async DeleteStateMachine(request, context) {
    const reference = parseStateMachineArn(request.string("stateMachineArn", { max: ARN_MAX }));
    if (!context.machines.get(reference.arn)) return {};
    context.machines.delete(reference.arn);
    const running = context.executions.running(reference.arn);
    for (const record of running) record.execution.stop(undefined, "The state machine was deleted.");
    await Promise.all(running.map((record) => record.execution.result));
    return {};
  },

  DescribeStateMachine(request, context) {
    const { machine } = requireMachine(context, request.string("stateMachineArn", { max: ARN_MAX }));
    return {
      stateMachineArn: machine.arn,
      name: machine.name,
      status: "ACTIVE",
      definition: machine.definition,
      roleArn: machine.roleArn,
      type: machine.type,
      creationDate: epochSeconds(machine.creationDate),
      loggingConfiguration: machine.loggingConfiguration,
      tracingConfiguration: machine.tracingConfiguration,
    };
  },

  ListStateMachines(request, context) {
    const listing = "ListStateMachines";
    const { items, nextToken } = page(context.machines.list(), (machine) => machine.sequence, {
      after: decodeToken(request.optionalString("nextToken", { min: 1, max: 1024 }), listing),
      size: pageSize(request.optionalInteger("maxResults", { max: 1000 })),
      listing,
      descending: false,
    });
    return {
      stateMachines: items.map((machine) => ({
        stateMachineArn: machine.arn,
        name: machine.name,
        type: machine.type,
        creationDate: epochSeconds(machine.creationDate),
      })),
      nextToken,
    };
  },
};
