import type { QueryLanguage, StateType } from "../../asl/types.js";
import type { FieldTable, ObjectShape } from "./field-spec.js";
import { CHOICE_FIELDS } from "./states/choice.js";
import { FAIL_FIELDS } from "./states/fail.js";
import { MAP_FIELDS } from "./states/map.js";
import { PARALLEL_FIELDS } from "./states/parallel.js";
import { PASS_FIELDS } from "./states/pass.js";
import { SUCCEED_FIELDS } from "./states/succeed.js";
import { TASK_FIELDS } from "./states/task.js";
import { WAIT_FIELDS } from "./states/wait.js";

/** Every state type's closed field table; a new StateType without one does not compile. */
export const STATE_FIELDS: Readonly<Record<StateType, FieldTable>> = {
  Task: TASK_FIELDS,
  Pass: PASS_FIELDS,
  Choice: CHOICE_FIELDS,
  Wait: WAIT_FIELDS,
  Succeed: SUCCEED_FIELDS,
  Fail: FAIL_FIELDS,
  Parallel: PARALLEL_FIELDS,
  Map: MAP_FIELDS,
};

/** What the state types require (Map's processor and Wait's duration are "exactly one of" rules elsewhere). */
const REQUIRED: Readonly<Record<StateType, readonly string[]>> = {
  Task: ["Resource"],
  Pass: [],
  Choice: ["Choices"],
  Wait: [],
  Succeed: [],
  Fail: [],
  Parallel: ["Branches"],
  Map: [],
};

export const stateShape = (type: StateType, language: QueryLanguage): ObjectShape => ({
  what: `a ${language} ${type} state`,
  fields: STATE_FIELDS[type],
  required: REQUIRED[type],
});

/** `Resource belongs to Task states`: for unknown fields that another state type has. */
export function stateTypesWithField(fieldName: string, except: StateType): StateType[] {
  return (Object.keys(STATE_FIELDS) as StateType[]).filter(
    (type) => type !== except && Object.hasOwn(STATE_FIELDS[type], fieldName),
  );
}
