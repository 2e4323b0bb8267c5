import type { AslChoiceRule, AslState, AslStateMachine, QueryLanguage } from "../asl/types.js";
import type { FragmentNode } from "../ir/fragment-node.js";
import type { StateKind, StateNode } from "../ir/state-nodes.js";
import { ordered } from "./field-order.js";
import {
  assign,
  catchers,
  dynamicNumber,
  literalPath,
  objectTemplate,
  queryLanguageField,
  retriers,
  template,
} from "./render-common.js";
import { renderCondition } from "./render-condition.js";
import type { RenderContext } from "./render-context.js";
import { intrinsicText } from "./render-intrinsic.js";
import { BEFORE_RESULT, jsonataString } from "./render-jsonata.js";
import { renderMapFields } from "./render-map.js";
import { jsonPathText } from "./render-path.js";
import { FIELD } from "./template-fields.js";

export interface StateEnv {
  readonly context: RenderContext;
  readonly machineLanguage: QueryLanguage;
  /** `{ Next }`, `{ End: true }`, or nothing for Choice, Succeed and Fail. */
  readonly transition: { readonly Next?: string; readonly End?: true };
  /** Renders a nested scope (a Parallel branch, a Map processor). */
  readonly scope: (fragment: FragmentNode, name: string) => AslStateMachine;
}

type Renderer<K extends StateKind> = (node: Extract<StateNode, { kind: K }>, env: StateEnv) => AslState;

/** Fields every state shares, in its query language. */
function common(node: StateNode, env: StateEnv, afterResult: boolean) {
  const { context } = env;
  const jsonPath = context.language === "JSONPath";
  const assignField = afterResult ? FIELD.afterResult("Assign") : FIELD.fromInput("Assign");
  return {
    Comment: node.comment,
    QueryLanguage: queryLanguageField(node.queryLanguage, env.machineLanguage),
    InputPath: jsonPath ? literalPath(node.inputPath, context, "InputPath") : undefined,
    OutputPath: jsonPath ? literalPath(node.outputPath, context, "OutputPath") : undefined,
    Output: jsonPath
      ? undefined
      : template(node.output, context, afterResult ? FIELD.afterResult("Output") : FIELD.fromInput("Output")),
    Assign: assign(node.assign, context, assignField),
  };
}

/** Fields of the states with a result (Task, Parallel, Map). */
function results(node: Extract<StateNode, { kind: "task" | "parallel" | "map" }>, env: StateEnv) {
  const { context } = env;
  const jsonPath = context.language === "JSONPath";
  const parameters = jsonPath
    ? { Parameters: objectTemplate(node.parameters, context, FIELD.parameters("Parameters")) }
    : { Arguments: template(node.parameters, context, FIELD.parameters("Arguments")) };
  return {
    ...common(node, env, true),
    ...parameters,
    ResultSelector: jsonPath ? objectTemplate(node.resultSelector, context, FIELD.resultSelector) : undefined,
    ResultPath: jsonPath ? literalPath(node.resultPath, context, "ResultPath") : undefined,
    Retry: retriers(node.retry),
    Catch: catchers(node.catch, context),
    ...env.transition,
  };
}

const RENDER: { readonly [K in StateKind]: Renderer<K> } = {
  task: (node, env) =>
    ordered({
      Type: "Task",
      Resource: node.resource,
      Credentials: objectTemplate(node.credentials, env.context, FIELD.fromInput("Credentials")),
      ...dynamicNumber(node.timeoutSeconds, env.context, "TimeoutSeconds"),
      ...dynamicNumber(node.heartbeatSeconds, env.context, "HeartbeatSeconds"),
      ...results(node, env),
    }),
  pass: (node, env) =>
    ordered({
      Type: "Pass",
      ...common(node, env, false),
      Result: template(node.result, env.context, FIELD.literal("Result")),
      Parameters: objectTemplate(node.parameters, env.context, FIELD.parameters("Parameters")),
      ResultPath: literalPath(node.resultPath, env.context, "ResultPath"),
      ...env.transition,
    }),
  choice: (node, env) =>
    ordered({
      Type: "Choice",
      ...common(node, env, false),
      Choices: node.rules.map((rule, index): AslChoiceRule => {
        const field = `Choices[${index}]`;
        return {
          ...renderCondition(rule.condition, env.context, field),
          ...(rule.comment !== undefined && { Comment: rule.comment }),
          ...(rule.output !== undefined && {
            Output: template(rule.output, env.context, FIELD.fromInput(`${field}.Output`)),
          }),
          ...(rule.assign !== undefined && {
            Assign: assign(rule.assign, env.context, FIELD.fromInput(`${field}.Assign`)),
          }),
          Next: rule.next.name,
        };
      }),
      Default: node.default?.name,
    }),
  wait: (node, env) => {
    const { duration } = node;
    const name = duration.type === "seconds" ? "Seconds" : "Timestamp";
    const value = duration.value;
    const timing =
      typeof value === "number" || typeof value === "string"
        ? { [name]: value }
        : value.kind === "jsonata"
          ? { [name]: jsonataString(value, env.context, name, BEFORE_RESULT) }
          : { [`${name}Path`]: jsonPathText(value, env.context, `${name}Path`, "input", true) };
    return ordered({ Type: "Wait", ...common(node, env, false), ...timing, ...env.transition });
  },
  succeed: (node, env) => ordered({ Type: "Succeed", ...common(node, env, false) }),
  fail: (node, env) => {
    const text = (name: "Error" | "Cause", value: typeof node.error) => {
      if (value === undefined || typeof value === "string") return { [name]: value };
      if (value.kind === "jsonata") return { [name]: jsonataString(value, env.context, name, BEFORE_RESULT) };
      const path =
        value.kind === "intrinsic"
          ? intrinsicText(value, env.context, `${name}Path`, "input", false)
          : jsonPathText(value, env.context, `${name}Path`, "input");
      return { [`${name}Path`]: path };
    };
    return ordered({
      Type: "Fail",
      Comment: node.comment,
      QueryLanguage: queryLanguageField(node.queryLanguage, env.machineLanguage),
      ...text("Error", node.error),
      ...text("Cause", node.cause),
    });
  },
  parallel: (node, env) =>
    ordered({
      Type: "Parallel",
      Branches: node.branches.map((branch, index) =>
        env.scope(branch, `branch ${index + 1} of Parallel "${node.name}"`),
      ),
      ...results(node, env),
    }),
  map: (node, env) => ordered({ Type: "Map", ...renderMapFields(node, env), ...results(node, env) }),
};

export function renderState(node: StateNode, env: StateEnv): AslState {
  return (RENDER[node.kind] as (node: StateNode, env: StateEnv) => AslState)(node, env);
}
