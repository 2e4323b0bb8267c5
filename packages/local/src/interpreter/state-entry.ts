import type { StateType } from "@statesmith/dsl";
import type { StateWhere } from "../errors/runtime-errors.js";
import { MISSING, type Missing, type PathData } from "../paths/path-data.js";
import { isoTime } from "../util/ids.js";
import type { JsonObject, JsonValue } from "../util/json.js";
import type { Frame } from "./execution-run.js";
import { RESERVED_VARIABLE } from "./variables.js";

/** One entry into a state: its raw input, when it was entered, and the context object `$$` describes. */
export class StateEntry implements PathData, StateWhere {
  retryCount = 0;
  taskToken: string | undefined;
  private cachedContext: JsonObject | undefined;

  constructor(
    readonly frame: Frame,
    readonly stateName: string,
    readonly stateType: StateType,
    readonly input: JsonValue,
    readonly enteredEventId: number,
    readonly enteredTime: number,
  ) {}

  /** The context object, rebuilt only when what it shows has changed (a retry, a task token). */
  context(): JsonObject {
    const cached = this.cachedContext;
    if (
      cached &&
      (cached.State as JsonObject).RetryCount === this.retryCount &&
      (!this.taskToken || cached.Task)
    ) {
      return cached;
    }
    const run = this.frame.run;
    const parts = this.frame.context;
    const context: JsonObject = {
      Execution: parts?.execution ?? run.executionContext,
      State: { EnteredTime: isoTime(this.enteredTime), Name: this.stateName, RetryCount: this.retryCount },
      StateMachine: parts?.stateMachine ?? run.stateMachineContext,
    };
    if (this.taskToken) context.Task = { Token: this.taskToken };
    this.cachedContext = context;
    return context;
  }

  variable(name: string): JsonValue | Missing {
    if (name === RESERVED_VARIABLE || !Object.hasOwn(this.frame.vars, name)) return MISSING;
    return this.frame.vars[name] as JsonValue;
  }

  /** PathData over another value of this state's data flow (after InputPath, the task result…). */
  over(input: JsonValue): PathData {
    if (input === this.input) return this;
    return { input, context: () => this.context(), variable: (name) => this.variable(name) };
  }
}
