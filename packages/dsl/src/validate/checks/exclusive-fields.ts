import type { StateType } from "../../asl/types.js";
import { fieldOf, isJsonObject } from "../json/json-value.js";
import type { StateNode } from "../model/definition-model.js";
import type { Check } from "./check.js";

/**
 * Fields that exclude each other or of which one is needed. All of these are refused by CreateStateMachine
 * (asl-validator checks most of them too; it skips them all when any schema error is present).
 */
interface Rule {
  readonly rule: "exactly-one" | "at-most-one";
  readonly fields: readonly string[];
  /** A sub-object the fields live in, e.g. ItemBatcher. */
  readonly within?: readonly string[];
}

const NEXT_OR_END: Rule = { rule: "exactly-one", fields: ["Next", "End"] };
const atMostOne = (fields: string[], within?: string[]): Rule =>
  within ? { rule: "at-most-one", fields, within } : { rule: "at-most-one", fields };

const RULES: Readonly<Record<StateType, readonly Rule[]>> = {
  Task: [
    NEXT_OR_END,
    atMostOne(["TimeoutSeconds", "TimeoutSecondsPath"]),
    atMostOne(["HeartbeatSeconds", "HeartbeatSecondsPath"]),
  ],
  Pass: [NEXT_OR_END],
  Choice: [],
  Wait: [
    NEXT_OR_END,
    { rule: "exactly-one", fields: ["Seconds", "SecondsPath", "Timestamp", "TimestampPath"] },
  ],
  Succeed: [],
  Fail: [atMostOne(["Error", "ErrorPath"]), atMostOne(["Cause", "CausePath"])],
  Parallel: [NEXT_OR_END],
  Map: [
    NEXT_OR_END,
    { rule: "exactly-one", fields: ["ItemProcessor", "Iterator"] },
    atMostOne(["ItemSelector", "Parameters"]),
    atMostOne(["Items", "ItemsPath"]),
    atMostOne(["MaxConcurrency", "MaxConcurrencyPath"]),
    atMostOne(["ToleratedFailureCount", "ToleratedFailureCountPath"]),
    atMostOne(["ToleratedFailurePercentage", "ToleratedFailurePercentagePath"]),
    atMostOne(["MaxItems", "MaxItemsPath"], ["ItemReader", "ReaderConfig"]),
    atMostOne(["MaxItemsPerBatch", "MaxItemsPerBatchPath"], ["ItemBatcher"]),
    atMostOne(["MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath"], ["ItemBatcher"]),
  ],
};

export const checkExclusiveFields: Check = ({ model, report }) => {
  for (const state of model.states) {
    if (state.type === undefined) continue;
    for (const rule of RULES[state.type]) {
      const holder = holderOf(state, rule.within ?? []);
      if (holder === undefined) continue;
      const present = rule.fields.filter((name) => fieldOf(holder, name) !== undefined);
      if (present.length <= 1 && (rule.rule === "at-most-one" || present.length === 1)) continue;
      const prefix = rule.within ? `${rule.within.join(".")}.` : "";
      const list = rule.fields.map((name) => prefix + name).join(", ");
      report.refused(
        { state: state.name, field: present.length > 0 ? prefix + present.join("/") : null },
        "exclusive",
        present.length === 0
          ? `A ${state.type} state needs one of ${list}.`
          : `A ${state.type} state takes ${rule.rule === "exactly-one" ? "exactly" : "at most"} one of ${list}, but this one has ${present.map((name) => prefix + name).join(" and ")}.`,
        present.length === 0 ? hintFor(rule) : `Keep only one of ${present.join(" and ")}.`,
      );
    }
  }
};

function hintFor(rule: Rule): string {
  if (rule.fields.includes("End")) return 'Add "Next": "<state>" or "End": true.';
  if (rule.fields.includes("ItemProcessor"))
    return 'Add an ItemProcessor: { "StartAt": "…", "States": { … } }.';
  return `Add one of ${rule.fields.join(", ")}.`;
}

function holderOf(state: StateNode, within: readonly string[]) {
  let holder = state.raw;
  for (const key of within) {
    const inner = fieldOf(holder, key);
    if (!isJsonObject(inner)) return undefined;
    holder = inner;
  }
  return holder;
}
