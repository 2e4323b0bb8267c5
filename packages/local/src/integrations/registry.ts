import { StatesErrors } from "../errors/error-names.js";
import { StatesError } from "../errors/states-error.js";
import type { ResourceDescription, TaskInvoker, TaskRequest } from "../interpreter/task-invoker.js";
import type { JsonValue } from "../util/json.js";
import { actionName } from "./resource-arn.js";

/** One integration: which resources it serves and how it calls them. */
export interface IntegrationEntry {
  readonly label: string;
  matches(description: ResourceDescription): boolean;
  invoke(request: TaskRequest): Promise<JsonValue>;
}

/**
 * The integrations registry: the first entry that matches a Task's resource runs it. A resource nothing
 * serves fails the execution with States.Runtime and says how to mock it (no Catch hides a missing setup).
 */
export function createRegistry(entries: readonly IntegrationEntry[]): TaskInvoker {
  return {
    invoke(request) {
      const entry = entries.find((candidate) => candidate.matches(request.description));
      if (entry) return entry.invoke(request);
      return Promise.reject(
        new StatesError(
          StatesErrors.Runtime,
          `State '${request.stateName}': the local engine has no implementation for resource '${request.resource}'. ` +
            `It runs ${entries.map((candidate) => candidate.label).join(", ")}. ` +
            "Mock this state with a Step Functions Local MockConfigFile (engine option mockConfig, start option testCase).",
        ),
      );
    },
  };
}

export const isService = (
  description: ResourceDescription,
  resourceType: string,
  actions?: readonly string[],
): boolean =>
  description.kind === "service" &&
  description.resourceType === resourceType &&
  (actions === undefined || actions.includes(actionName(description)));
