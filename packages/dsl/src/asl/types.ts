/**
 * Amazon States Language as JSON: the seam every package meets at.
 * These types describe what the compiler emits and what the validator and the local engine read.
 * They are deliberately loose where ASL is (payload templates are any JSON); validation is the checker's job.
 * Spec: https://states-language.net/spec.html and
 * https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html
 */

export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export type QueryLanguage = "JSONPath" | "JSONata";

export type StateType = "Task" | "Pass" | "Choice" | "Wait" | "Succeed" | "Fail" | "Parallel" | "Map";

export interface AslRetrier {
  ErrorEquals: string[];
  IntervalSeconds?: number;
  MaxAttempts?: number;
  BackoffRate?: number;
  MaxDelaySeconds?: number;
  JitterStrategy?: "FULL" | "NONE";
  Comment?: string;
}

export interface AslCatcher {
  ErrorEquals: string[];
  Next: string;
  ResultPath?: string | null;
  Output?: JsonValue;
  Assign?: JsonObject;
  Comment?: string;
}

/** A Choice rule, JSONPath form (comparison, And/Or/Not) or JSONata form (Condition). */
export interface AslChoiceRule {
  Next?: string;
  Comment?: string;
  Condition?: string | boolean;
  Assign?: JsonObject;
  Output?: JsonValue;
  Variable?: string;
  And?: AslChoiceRule[];
  Or?: AslChoiceRule[];
  Not?: AslChoiceRule;
  [operator: string]: JsonValue | AslChoiceRule | AslChoiceRule[] | undefined;
}

/** Fields shared by every state type; the checker enforces which ones a type may carry. */
export interface AslStateBase {
  Type: StateType;
  Comment?: string;
  QueryLanguage?: QueryLanguage;
  Next?: string;
  End?: boolean;
  InputPath?: string | null;
  OutputPath?: string | null;
  Parameters?: JsonValue;
  ResultSelector?: JsonValue;
  ResultPath?: string | null;
  Arguments?: JsonValue;
  Output?: JsonValue;
  Assign?: JsonObject;
  Retry?: AslRetrier[];
  Catch?: AslCatcher[];
}

export interface AslTaskState extends AslStateBase {
  Type: "Task";
  Resource: string;
  TimeoutSeconds?: number | string;
  TimeoutSecondsPath?: string;
  HeartbeatSeconds?: number | string;
  HeartbeatSecondsPath?: string;
  Credentials?: JsonObject;
}

export interface AslPassState extends AslStateBase {
  Type: "Pass";
  Result?: JsonValue;
}

export interface AslChoiceState extends AslStateBase {
  Type: "Choice";
  Choices: AslChoiceRule[];
  Default?: string;
}

export interface AslWaitState extends AslStateBase {
  Type: "Wait";
  Seconds?: number | string;
  SecondsPath?: string;
  Timestamp?: string;
  TimestampPath?: string;
}

export interface AslSucceedState extends AslStateBase {
  Type: "Succeed";
}

export interface AslFailState extends AslStateBase {
  Type: "Fail";
  Error?: string;
  ErrorPath?: string;
  Cause?: string;
  CausePath?: string;
}

export interface AslParallelState extends AslStateBase {
  Type: "Parallel";
  Branches: AslStateMachine[];
}

export interface AslItemProcessor extends AslStateMachine {
  ProcessorConfig?: { Mode?: "INLINE" | "DISTRIBUTED"; ExecutionType?: "STANDARD" | "EXPRESS" };
}

export interface AslMapState extends AslStateBase {
  Type: "Map";
  ItemProcessor?: AslItemProcessor;
  /** Legacy spelling of ItemProcessor, still accepted by AWS. */
  Iterator?: AslStateMachine;
  ItemsPath?: string;
  Items?: JsonValue;
  ItemSelector?: JsonValue;
  ItemReader?: JsonObject;
  ItemBatcher?: JsonObject;
  ResultWriter?: JsonObject;
  MaxConcurrency?: number | string;
  MaxConcurrencyPath?: string;
  ToleratedFailureCount?: number | string;
  ToleratedFailureCountPath?: string;
  ToleratedFailurePercentage?: number | string;
  ToleratedFailurePercentagePath?: string;
  Label?: string;
}

export type AslState =
  | AslTaskState
  | AslPassState
  | AslChoiceState
  | AslWaitState
  | AslSucceedState
  | AslFailState
  | AslParallelState
  | AslMapState;

/** A branch of Parallel, a Map's processor, or the top level (which adds the machine-wide fields). */
export interface AslStateMachine {
  StartAt: string;
  States: Record<string, AslState>;
  Comment?: string;
  QueryLanguage?: QueryLanguage;
}

export interface AslDefinition extends AslStateMachine {
  Version?: string;
  TimeoutSeconds?: number;
}
