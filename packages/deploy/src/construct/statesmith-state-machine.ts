import { type AslDefinition, formatDiagnostic } from "@statesmith/dsl";
import { Annotations, RemovalPolicy } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import type * as logs from "aws-cdk-lib/aws-logs";
import * as sfn from "aws-cdk-lib/aws-stepfunctions";
import { Construct } from "constructs";
import { StatesmithDeployError } from "../definition/deploy-error.js";
import { loadDefinition } from "../definition/load-definition.js";
import { checkSubstitutions, findPlaceholders } from "../definition/placeholders.js";
import { walkStates } from "../definition/walk-states.js";
import { derivePermissions } from "../iam/derive-permissions.js";
import { type Permission, wildcardWarnings } from "../iam/permission.js";
import { createLogGroup } from "./log-group.js";
import { acknowledgeServiceWideActions } from "./nag-acknowledgments.js";
import type { StatesmithStateMachineProps } from "./props.js";
import { attachDerivedPolicies } from "./role-policies.js";

/**
 * A Step Functions state machine from a compiled Statesmith definition, with the IAM its Tasks need derived
 * from the definition, CloudWatch Logs and X-Ray on by default.
 */
export class StatesmithStateMachine extends Construct {
  readonly stateMachine: sfn.StateMachine;
  readonly role: iam.Role;
  readonly logGroup?: logs.ILogGroup;
  readonly definition: AslDefinition;
  /** What the definition needs, as derived (the policies are built from exactly this). */
  readonly permissions: readonly Permission[];

  constructor(scope: Construct, id: string, props: StatesmithStateMachineProps) {
    super(scope, id);
    const { definition, json, warnings } = loadDefinition(props.definition);
    const substitutions = props.substitutions ?? {};
    checkSubstitutions(findPlaceholders(json), substitutions);
    checkGrantedByCaller(definition, props.grantedByCaller ?? []);
    this.definition = definition;
    this.permissions = Object.freeze(
      derivePermissions(definition, { grantedByCaller: props.grantedByCaller }),
    );

    const level = props.logs?.level ?? sfn.LogLevel.ALL;
    const logging = level !== sfn.LogLevel.OFF;
    const tracing = props.tracingEnabled ?? true;
    this.logGroup = logging
      ? (props.logs?.destination ??
        createLogGroup(this, {
          stateMachineName: props.stateMachineName,
          retention: props.logs?.retention,
          removalPolicy: props.logs?.removalPolicy,
        }))
      : undefined;
    this.role = new iam.Role(this, "Role", { assumedBy: new iam.ServicePrincipal("states.amazonaws.com") });
    this.stateMachine = new sfn.StateMachine(this, "Resource", {
      definitionBody: sfn.DefinitionBody.fromString(json),
      definitionSubstitutions: Object.keys(substitutions).length > 0 ? { ...substitutions } : undefined,
      stateMachineName: props.stateMachineName,
      stateMachineType: toStateMachineType(props.stateMachineType),
      role: this.role,
      logs: this.logGroup
        ? {
            destination: this.logGroup,
            level,
            includeExecutionData: props.logs?.includeExecutionData ?? false,
          }
        : undefined,
      tracingEnabled: tracing,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.DESTROY,
    });

    attachDerivedPolicies(this, this.stateMachine, this.role, this.permissions, substitutions);
    const defaultPolicy = this.role.node.tryFindChild("DefaultPolicy");
    if (defaultPolicy) acknowledgeServiceWideActions(defaultPolicy, logging, tracing);
    for (const warning of wildcardWarnings(this.permissions)) {
      Annotations.of(this).addWarningV2("@statesmith/deploy:wildcard-resource", warning);
    }
    for (const diagnostic of warnings) {
      Annotations.of(this).addWarningV2("@statesmith/deploy:definition", formatDiagnostic(diagnostic));
    }
  }

  get stateMachineArn(): string {
    return this.stateMachine.stateMachineArn;
  }
}

function toStateMachineType(type: StatesmithStateMachineProps["stateMachineType"]): sfn.StateMachineType {
  // The enum's values are the same strings, so one comparison covers both spellings.
  const name: string = type ?? "STANDARD";
  return name === "EXPRESS" ? sfn.StateMachineType.EXPRESS : sfn.StateMachineType.STANDARD;
}

/** A misspelled name would be ignored: its state derived after all, and the caller none the wiser. */
function checkGrantedByCaller(definition: AslDefinition, names: readonly string[]): void {
  const states = new Set(walkStates(definition).map((visited) => visited.name));
  const unknown = names.filter((name) => !states.has(name));
  if (unknown.length > 0) {
    throw new StatesmithDeployError(
      `grantedByCaller names ${unknown.map((name) => `"${name}"`).join(", ")}, which the definition does not have. Fix: use the state's exact name.`,
    );
  }
}
