import type {
  AslChoiceState,
  AslFailState,
  AslMapState,
  AslParallelState,
  AslState,
  AslTaskState,
  AslWaitState,
  JsonValue,
  StateType,
} from "../../asl/types.js";
import { code } from "./markdown.js";

type Details<S extends AslState> = (state: S) => readonly string[];

/** `Seconds 10`, ``TimeoutSeconds `{% $states.input.t %}` ``: a field's name and its value, skipped when absent. */
function field(name: string, value: JsonValue | undefined): readonly string[] {
  if (value === undefined) return [];
  if (typeof value === "number") return [`${name} ${value}`];
  return [`${name} ${code(typeof value === "string" ? value : JSON.stringify(value))}`];
}

function functionName(state: AslTaskState): readonly string[] {
  const payload = (state.Arguments ?? state.Parameters) as {
    FunctionName?: JsonValue;
    "FunctionName.$"?: JsonValue;
  };
  return [
    ...field("FunctionName", payload?.FunctionName),
    ...field("FunctionName.$", payload?.["FunctionName.$"]),
  ];
}

const task: Details<AslTaskState> = (state) => [
  code(state.Resource),
  ...functionName(state),
  ...field("TimeoutSeconds", state.TimeoutSeconds),
  ...field("TimeoutSecondsPath", state.TimeoutSecondsPath),
  ...field("HeartbeatSeconds", state.HeartbeatSeconds),
  ...field("HeartbeatSecondsPath", state.HeartbeatSecondsPath),
];

const choice: Details<AslChoiceState> = (state) => {
  const rules = Array.isArray(state.Choices) ? state.Choices.length : 0;
  return [`${rules} ${rules === 1 ? "rule" : "rules"}`];
};

const wait: Details<AslWaitState> = (state) => [
  ...field("Seconds", state.Seconds),
  ...field("SecondsPath", state.SecondsPath),
  ...field("Timestamp", state.Timestamp),
  ...field("TimestampPath", state.TimestampPath),
];

const fail: Details<AslFailState> = (state) => [
  ...field("Error", state.Error),
  ...field("ErrorPath", state.ErrorPath),
  ...field("Cause", state.Cause),
  ...field("CausePath", state.CausePath),
];

const parallel: Details<AslParallelState> = (state) => {
  const branches = Array.isArray(state.Branches) ? state.Branches.length : 0;
  return [`${branches} ${branches === 1 ? "branch" : "branches"}`];
};

const map: Details<AslMapState> = (state) => [
  (state.ItemProcessor?.ProcessorConfig?.Mode ?? "INLINE").toLowerCase(),
  ...field("ItemReader", state.ItemReader?.Resource),
  ...field("ItemsPath", state.ItemsPath),
  ...field("Items", state.Items),
  ...field("MaxConcurrency", state.MaxConcurrency),
  ...field("MaxConcurrencyPath", state.MaxConcurrencyPath),
  ...field("ToleratedFailureCount", state.ToleratedFailureCount),
  ...field("ToleratedFailurePercentage", state.ToleratedFailurePercentage),
  ...field("ResultWriter", state.ResultWriter?.Resource),
];

const none: Details<AslState> = () => [];

/** What a reviewer needs to see of each state type in one table cell: its resource, timings, targets' shape. */
const DETAILS: { readonly [T in StateType]: Details<Extract<AslState, { Type: T }>> } = {
  Task: task,
  Pass: none,
  Choice: choice,
  Wait: wait,
  Succeed: none,
  Fail: fail,
  Parallel: parallel,
  Map: map,
};

export function stateDetails(state: AslState): string {
  const details = DETAILS[state.Type] as Details<AslState> | undefined;
  // A hand-written definition may name a type that does not exist; the validator reports it, the page shows it.
  return details ? details(state).join(" · ") : "";
}
