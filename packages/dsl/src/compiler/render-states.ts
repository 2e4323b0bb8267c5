import type { AslChoiceRule, AslState, AslStateMachine, QueryLanguage } from "../asl/types.js";
import type { FragmentNode } from "../ir/fragment-node.js";
import { mapItems } from "../ir/freeze.js";
import type { StateKind, StateNode } from "../ir/state-nodes.js";
import {
  assign,
  catchers,
  dynamicPath,
  dynamicValue,
  failPath,
  literalPath,
  objectTemplate,
  queryLanguageField,
  retriers,
  template,
} from "./render-common.js";
import { renderCondition } from "./render-condition.js";
import type { RenderContext } from "./render-context.js";
import { renderMapFields } from "./render-map.js";
import { FIELD } from "./template-fields.js";

export interface StateEnv {
  readonly context: RenderContext;
  readonly machineLanguage: QueryLanguage;
  /** The state's `Next`; undefined means `End` (Choice, Succeed and Fail have neither). */
  readonly next: string | undefined;
  /** Renders a nested scope (a Parallel branch, a Map processor). */
  readonly scope: (fragment: FragmentNode, name: string) => AslStateMachine;
}

type Renderer<K extends StateKind> = (node: Extract<StateNode, { kind: K }>, env: StateEnv) => AslState;

/*
 * Each renderer writes its state's fields as one object literal in STATE_FIELD_ORDER (field-order.ts; a test
 * checks every rendered state against it). Absent fields are `undefined`, which JSON.stringify drops: only the
 * JSON text leaves the compiler, so no object with undefined values reaches a consumer.
 */

/** Fields every state shares, in its query language; `afterResult` for the states with a result. */
function shared(node: StateNode, env: StateEnv, afterResult: boolean) {
  const { context } = env;
  const jsonPath = context.language === "JSONPath";
  return {
    Comment: node.comment,
    QueryLanguage: queryLanguageField(node.queryLanguage, env.machineLanguage),
    InputPath: jsonPath ? literalPath(node.inputPath, context, "InputPath") : undefined,
    OutputPath: jsonPath ? literalPath(node.outputPath, context, "OutputPath") : undefined,
    Output:
      jsonPath || node.output === undefined
        ? undefined
        : template(node.output, context, afterResult ? FIELD.outputAfterResult : FIELD.outputFromInput),
    Assign:
      node.assign &&
      assign(node.assign, context, afterResult ? FIELD.assignAfterResult : FIELD.assignFromInput),
  };
}

/** Fields of the states with a result (Task, Parallel, Map). */
function results(node: Extract<StateNode, { kind: "task" | "parallel" | "map" }>, env: StateEnv) {
  const { context } = env;
  const jsonPath = context.language === "JSONPath";
  const parameters = node.parameters;
  return {
    Parameters: jsonPath && parameters ? objectTemplate(parameters, context, FIELD.parameters) : undefined,
    Arguments: !jsonPath && parameters ? template(parameters, context, FIELD.arguments) : undefined,
    ResultSelector:
      jsonPath && node.resultSelector
        ? objectTemplate(node.resultSelector, context, FIELD.resultSelector)
        : undefined,
    ResultPath: jsonPath ? literalPath(node.resultPath, context, "ResultPath") : undefined,
    Retry: retriers(node.retry),
    Catch: catchers(node.catch, context),
  };
}

/** A state being written: fields are added in order, so they stay in STATE_FIELD_ORDER. */
type Written = Record<string, unknown>;
type Shared = ReturnType<typeof shared>;

/** OutputPath, Output and Assign: every state's last fields before Retry, Catch and the transition. */
function outputs(state: Written, common: Shared): Written {
  state.OutputPath = common.OutputPath;
  state.Output = common.Output;
  state.Assign = common.Assign;
  return state;
}

/** `Next`, or `End` when nothing follows. */
function transition(state: Written, env: StateEnv): AslState {
  state.Next = env.next;
  state.End = env.next === undefined ? true : undefined;
  return state as unknown as AslState;
}

/** What follows a Task's, Parallel's or Map's own fields: result processing, errors, the transition. */
function afterResult(state: Written, common: Shared, result: ReturnType<typeof results>, env: StateEnv) {
  state.ResultSelector = result.ResultSelector;
  state.ResultPath = result.ResultPath;
  outputs(state, common);
  state.Retry = result.Retry;
  state.Catch = result.Catch;
  return transition(state, env);
}

const RENDER: { readonly [K in StateKind]: Renderer<K> } = {
  task: (node, env) => {
    const { context } = env;
    const common = shared(node, env, true);
    const result = results(node, env);
    const state = {
      Type: "Task",
      Comment: common.Comment,
      QueryLanguage: common.QueryLanguage,
      Resource: node.resource,
      InputPath: common.InputPath,
      Parameters: result.Parameters,
      Arguments: result.Arguments,
      Credentials: node.credentials && objectTemplate(node.credentials, context, FIELD.credentials),
      TimeoutSeconds: dynamicValue(node.timeoutSeconds, context, "TimeoutSeconds"),
      TimeoutSecondsPath: dynamicPath(node.timeoutSeconds, context, "TimeoutSeconds"),
      HeartbeatSeconds: dynamicValue(node.heartbeatSeconds, context, "HeartbeatSeconds"),
      HeartbeatSecondsPath: dynamicPath(node.heartbeatSeconds, context, "HeartbeatSeconds"),
    };
    return afterResult(state, common, result, env);
  },
  pass: (node, env) => {
    const { context } = env;
    const common = shared(node, env, false);
    const state = {
      Type: "Pass",
      Comment: common.Comment,
      QueryLanguage: common.QueryLanguage,
      InputPath: common.InputPath,
      Parameters: node.parameters && objectTemplate(node.parameters, context, FIELD.parameters),
      Result: node.result && template(node.result, context, FIELD.result),
      ResultPath: literalPath(node.resultPath, context, "ResultPath"),
    };
    return transition(outputs(state, common), env);
  },
  choice: (node, env) => {
    const { context } = env;
    const common = shared(node, env, false);
    const state = {
      Type: "Choice",
      Comment: common.Comment,
      QueryLanguage: common.QueryLanguage,
      InputPath: common.InputPath,
      Choices: mapItems(node.rules, (rule, index): AslChoiceRule => {
        const field = `Choices[${index}]`;
        // A fresh object of our own: the rule's fields follow its condition's.
        const rendered = renderCondition(rule.condition, context, field);
        rendered.Comment = rule.comment;
        if (rule.output !== undefined)
          rendered.Output = template(rule.output, context, FIELD.fromInput(`${field}.Output`));
        if (rule.assign !== undefined)
          rendered.Assign = assign(rule.assign, context, FIELD.fromInput(`${field}.Assign`));
        rendered.Next = rule.next.name;
        return rendered;
      }),
      Default: node.default?.name,
    };
    return outputs(state, common) as unknown as AslState;
  },
  wait: (node, env) => {
    const { context } = env;
    const common = shared(node, env, false);
    const { type, value } = node.duration;
    const seconds = type === "seconds";
    const state = {
      Type: "Wait",
      Comment: common.Comment,
      QueryLanguage: common.QueryLanguage,
      InputPath: common.InputPath,
      Seconds: seconds ? dynamicValue(value, context, "Seconds") : undefined,
      SecondsPath: seconds ? dynamicPath(value, context, "Seconds") : undefined,
      Timestamp: seconds ? undefined : dynamicValue(value, context, "Timestamp"),
      TimestampPath: seconds ? undefined : dynamicPath(value, context, "Timestamp"),
    };
    return transition(outputs(state, common), env);
  },
  succeed: (node, env) => {
    const common = shared(node, env, false);
    const state = {
      Type: "Succeed",
      Comment: common.Comment,
      QueryLanguage: common.QueryLanguage,
      InputPath: common.InputPath,
    };
    return outputs(state, common) as unknown as AslState;
  },
  fail: (node, env) => {
    const { context } = env;
    return {
      Type: "Fail",
      Comment: node.comment,
      QueryLanguage: queryLanguageField(node.queryLanguage, env.machineLanguage),
      Error: dynamicValue(node.error, context, "Error"),
      ErrorPath: failPath(node.error, context, "ErrorPath"),
      Cause: dynamicValue(node.cause, context, "Cause"),
      CausePath: failPath(node.cause, context, "CausePath"),
    } as AslState;
  },
  parallel: (node, env) => {
    const common = shared(node, env, true);
    const result = results(node, env);
    const state = {
      Type: "Parallel",
      Comment: common.Comment,
      QueryLanguage: common.QueryLanguage,
      InputPath: common.InputPath,
      Parameters: result.Parameters,
      Arguments: result.Arguments,
      Branches: mapItems(node.branches, (branch, index) =>
        env.scope(branch, `branch ${index + 1} of Parallel "${node.name}"`),
      ),
    };
    return afterResult(state, common, result, env);
  },
  map: (node, env) => {
    const common = shared(node, env, true);
    const map = renderMapFields(node, env);
    const result = results(node, env);
    const state = {
      Type: "Map",
      Comment: common.Comment,
      QueryLanguage: common.QueryLanguage,
      InputPath: common.InputPath,
      ItemsPath: map.ItemsPath,
      Items: map.Items,
      ItemReader: map.ItemReader,
      ItemSelector: map.ItemSelector,
      ItemBatcher: map.ItemBatcher,
      Parameters: result.Parameters,
      Arguments: result.Arguments,
      ItemProcessor: map.ItemProcessor,
      MaxConcurrency: map.MaxConcurrency,
      MaxConcurrencyPath: map.MaxConcurrencyPath,
      ToleratedFailureCount: map.ToleratedFailureCount,
      ToleratedFailureCountPath: map.ToleratedFailureCountPath,
      ToleratedFailurePercentage: map.ToleratedFailurePercentage,
      ToleratedFailurePercentagePath: map.ToleratedFailurePercentagePath,
      Label: map.Label,
      ResultWriter: map.ResultWriter,
    };
    return afterResult(state, common, result, env);
  },
};

export function renderState(node: StateNode, env: StateEnv): AslState {
  return (RENDER[node.kind] as (node: StateNode, env: StateEnv) => AslState)(node, env);
}
