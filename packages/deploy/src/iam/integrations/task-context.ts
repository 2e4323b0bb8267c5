import type { AslTaskState } from "@statesmith/dsl";
import type { Permission } from "../permission.js";
import type { PayloadReader } from "../task-arguments.js";
import type { IntegrationPattern } from "../task-resource.js";

/** What a deriver sees of one Task: its name, its payload and how it waits. */
export interface TaskContext {
  readonly stateName: string;
  readonly state: AslTaskState;
  readonly payload: PayloadReader;
  readonly pattern: IntegrationPattern;
}

export type Deriver = (task: TaskContext) => Permission[];
