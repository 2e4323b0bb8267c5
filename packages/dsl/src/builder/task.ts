import type { QueryLanguage } from "../asl/types.js";
import {
  type ErrorsOf,
  INTEGRATION,
  type IntegrationLike,
  isIntegration,
  type ResultOf,
} from "../integrations/integration.js";
import { openFields } from "../ir/freeze.js";
import type { TaskNode, TemplateNode } from "../ir/index.js";
import type { JsonPathRootRef } from "../path/json-path-proxy.js";
import { jsonataRoot } from "../path/jsonata.js";
import type { Expr, PathRef } from "../path/refs.js";
import { type Resolved, toTemplate } from "../path/template.js";
import type { Empty } from "../typing/empty.js";
import type { ApplyResultPath } from "../typing/place.js";
import type { CheckPath } from "../typing/resolve.js";
import { BuilderError } from "./builder-error.js";
import type {
  CatchVars,
  CheckResultPath,
  JsonataCatchData,
  JsonataCatchHandler,
  JsonPathCatchData,
  JsonPathCatchHandler,
  ResultPathLegs,
  WithCatch,
} from "./catch-types.js";
import { checkInteger } from "./checks.js";
import type { ErrorList } from "./error-names.js";
import type { Retrier } from "./retry.js";
import {
  callRead,
  type JsonataHelpers,
  type JsonataResultHelpers,
  type JsonPathHelpers,
  type ReadFn,
  type Scope,
} from "./scope.js";
import type {
  AddAssigned,
  Attachable,
  ReplaceRule,
  SetInputPath,
  SetOutput,
  SetOutputPath,
  SetResult,
  SetResultPath,
  Spec,
  StateSpec,
} from "./spec.js";
import { StateValue } from "./state-value.js";

/** A Task's spec when created: its result replaces the input. */
export type TaskSpec<In, V, R> = Spec<In, V, ReplaceRule<R>, Empty, never, true>;

type AfterResultPath<S extends StateSpec> = ApplyResultPath<
  S["input"],
  S["rule"]["resultPath"],
  S["rule"]["result"]
>;
type Seconds<In> = number | (($: JsonPathRootRef<In>) => PathRef<number>);

/** A JSONPath Task: InputPath → Parameters → result → ResultSelector → ResultPath → OutputPath. */
export interface JsonPathTask<in out S extends StateSpec, in out R, in out E extends string>
  extends Attachable<S> {
  readonly name: string;
  comment(text: string): this;
  /** Selects part of the input before Parameters (paths in the integration are still written from `$`). */
  inputPath<const P extends string | null>(
    path: P extends string ? CheckPath<S["input"], P> : null,
  ): JsonPathTask<SetInputPath<S, ResultPathLegs<P>>, R, E>;
  /** Reshapes the raw result; `$` is the result. */
  resultSelector<T>(
    select: ($: JsonPathRootRef<R>, helpers: JsonPathHelpers<S["vars"]>) => T,
  ): JsonPathTask<SetResult<S, Resolved<T>>, R, E>;
  /** Where the result goes in the input: `"$.charge"` merges, `null` discards it, `"$"` (default) replaces. */
  resultPath<const P extends string | null>(
    path: CheckResultPath<P>,
  ): JsonPathTask<SetResultPath<S, ResultPathLegs<P>>, R, E>;
  /** Selects the output from input-with-result. */
  outputPath<const P extends string | null>(
    path: P extends string ? CheckPath<AfterResultPath<S>, P> : null,
  ): JsonPathTask<SetOutputPath<S, ResultPathLegs<P>>, R, E>;
  /** Sets variables for later states; `$` is the result (after ResultSelector). */
  assign<A>(
    build: ($: JsonPathRootRef<S["rule"]["result"]>, helpers: JsonPathHelpers<S["vars"]>) => A,
  ): JsonPathTask<AddAssigned<S, Resolved<A>>, R, E>;
  retry(retrier: Retrier<E>): this;
  catch<const P extends string | null = "$", F = never, S2 extends StateSpec = never, A = Empty>(
    errors: ErrorList<E>,
    handler: JsonPathCatchHandler<S, P, E, F, S2, A>,
  ): JsonPathTask<WithCatch<S, F, S2, JsonPathCatchData<S, P>, CatchVars<S, A>>, R, E>;
  /** TimeoutSeconds (1 to 99999999), or TimeoutSecondsPath when read from the input. */
  timeout(seconds: Seconds<S["input"]>): this;
  /** HeartbeatSeconds (less than the timeout), or HeartbeatSecondsPath. */
  heartbeat(seconds: Seconds<S["input"]>): this;
  /** The role the task assumes (`Credentials.RoleArn`). */
  credentials(roleArn: string | (($: JsonPathRootRef<S["input"]>) => PathRef<string>)): this;
}

type JsonataSeconds<In, V> = number | ((helpers: JsonataHelpers<In, V>) => Expr<number>);

/** A JSONata Task: Arguments → result (`$states.result`) → Output. */
export interface JsonataTask<in out S extends StateSpec, in out R, in out E extends string>
  extends Attachable<S> {
  readonly name: string;
  comment(text: string): this;
  /** The state's output (default: the result). */
  output<O>(
    build: (helpers: JsonataResultHelpers<S["input"], S["vars"], R>) => O,
  ): JsonataTask<SetOutput<S, Resolved<O>>, R, E>;
  assign<A>(
    build: (helpers: JsonataResultHelpers<S["input"], S["vars"], R>) => A,
  ): JsonataTask<AddAssigned<S, Resolved<A>>, R, E>;
  retry(retrier: Retrier<E>): this;
  catch<O = unknown, F = never, S2 extends StateSpec = never, A = Empty>(
    errors: ErrorList<E>,
    handler: JsonataCatchHandler<S, O, E, F, S2, A>,
  ): JsonataTask<WithCatch<S, F, S2, JsonataCatchData<O>, CatchVars<S, A>>, R, E>;
  timeout(seconds: JsonataSeconds<S["input"], S["vars"]>): this;
  heartbeat(seconds: JsonataSeconds<S["input"], S["vars"]>): this;
  credentials(roleArn: string | ((helpers: JsonataHelpers<S["input"], S["vars"]>) => Expr<string>)): this;
}

export type TaskOf<L extends QueryLanguage, S extends StateSpec, R, E extends string> = L extends "JSONata"
  ? JsonataTask<S, R, E>
  : JsonPathTask<S, R, E>;

/**
 * The Task constructor in a scope (`States.task`): the integration, or a callback that reads the input to
 * build it. Two signatures rather than one parameter typed `I | ReadFn<…>`: tsc infers and checks a
 * callback against a union member by member, which made every Task cost more to check (see `Flow.next`).
 */
export interface TaskConstructor<In, V, L extends QueryLanguage, E extends string> {
  <I extends IntegrationLike>(
    name: string,
    integration: ReadFn<L, In, V, I>,
  ): TaskOf<L, TaskSpec<In, V, ResultOf<I>>, ResultOf<I>, E | ErrorsOf<I>>;
  <I extends IntegrationLike>(
    name: string,
    integration: I,
  ): TaskOf<L, TaskSpec<In, V, ResultOf<I>>, ResultOf<I>, E | ErrorsOf<I>>;
}

export class TaskValue extends StateValue<TaskNode> {
  static create(scope: Scope, name: string, integration: unknown): TaskValue {
    const built = callRead<unknown>(scope, integration);
    if (!isIntegration(built)) {
      throw new BuilderError(
        `State "${name}" (Resource)`,
        "expects an integration",
        "Pass lambda.invoke(…), dynamodb.getItem(…), awsSdk.call(…) or resource(…).",
      );
    }
    const spec = built[INTEGRATION];
    const field = scope.language === "JSONata" ? "Arguments" : "Parameters";
    const parameters =
      spec.parameters === undefined
        ? undefined
        : toTemplate(spec.parameters, scope.language, `State "${name}" (${field})`);
    if (spec.needsTaskToken && !(parameters && mentionsTaskToken(parameters))) {
      throw new BuilderError(
        `State "${name}" (${field})`,
        `${spec.resource} waits for a task token, but the parameters never pass it on`,
        "Include context.Task.Token ($$.Task.Token) in the parameters, e.g. { TaskToken: context.Task.Token }.",
      );
    }
    const fields: TaskNode = openFields({
      kind: "task",
      name,
      queryLanguage: scope.language,
      resource: spec.resource,
      ...(parameters !== undefined && { parameters }),
      retry: [],
      catch: [],
    });
    return new TaskValue(fields, scope);
  }

  timeout(seconds: unknown): this {
    const timeoutSeconds = this.seconds("TimeoutSeconds", seconds);
    this.checkHeartbeat(timeoutSeconds, this.fields.heartbeatSeconds);
    return this.with({ timeoutSeconds });
  }

  heartbeat(seconds: unknown): this {
    const heartbeatSeconds = this.seconds("HeartbeatSeconds", seconds);
    this.checkHeartbeat(this.fields.timeoutSeconds, heartbeatSeconds);
    return this.with({ heartbeatSeconds });
  }

  credentials(roleArn: unknown): this {
    const value = typeof roleArn === "function" ? callRead(this.scope, roleArn) : roleArn;
    return this.with({
      credentials: toTemplate({ RoleArn: value }, this.language, this.where("Credentials")),
    });
  }

  protected override assignRoot(): "result" {
    return "result";
  }

  protected override resultRefs(): object {
    return { result: jsonataRoot("result") };
  }

  private seconds(field: string, seconds: unknown): TaskNode["timeoutSeconds"] {
    if (typeof seconds === "number") return checkInteger(this.name, field, seconds, 1, 99_999_999);
    const value = callRead<unknown>(this.scope, seconds);
    const node = toTemplate(value, this.language, this.where(field));
    if (node.kind === "json-path" || node.kind === "jsonata") return node;
    throw new BuilderError(
      this.where(field),
      "expects seconds or a reference to them",
      "Pass 300 or $ => $.timeoutSeconds.",
    );
  }

  private checkHeartbeat(timeout: TaskNode["timeoutSeconds"], heartbeat: TaskNode["heartbeatSeconds"]): void {
    if (typeof timeout === "number" && typeof heartbeat === "number" && heartbeat >= timeout) {
      throw new BuilderError(
        this.where("HeartbeatSeconds"),
        `must be less than TimeoutSeconds (${timeout}), got ${heartbeat}`,
        "Lower the heartbeat or raise the timeout.",
      );
    }
  }
}

function mentionsTaskToken(node: TemplateNode): boolean {
  const isToken = (legs: readonly { type: string; name?: string }[]) =>
    legs.length === 2 && legs[0]?.name === "Task" && legs[1]?.name === "Token";
  switch (node.kind) {
    case "json-path":
      return node.root === "context" && isToken(node.legs);
    case "jsonata":
      return node.parts.some(
        (part) => part.kind === "jsonata-ref" && part.root === "context" && isToken(part.legs),
      );
    case "intrinsic":
      return node.args.some((arg) => mentionsTaskToken(arg));
    case "object-template":
      return node.entries.some((entry) => mentionsTaskToken(entry.value));
    case "array-template":
      return node.items.some(mentionsTaskToken);
    case "literal":
      return false;
  }
}
