import type { Action, ActionName } from "./action.js";
import { executionActions } from "./execution-actions.js";
import { executionQueries } from "./execution-queries.js";
import { historyActions } from "./history-actions.js";
import { machineActions } from "./machine-actions.js";
import { tagActions } from "./tag-actions.js";
import { taskTokenActions } from "./task-token-actions.js";
import { testStateAction } from "./test-state-action.js";
import { validateAction } from "./validate-action.js";

export type { Action, ActionName } from "./action.js";

/** The dispatch table: an ActionName without its action does not compile. */
export const ACTIONS: Readonly<Record<ActionName, Action>> = Object.freeze({
  ...machineActions,
  ...executionActions,
  ...executionQueries,
  ...historyActions,
  ...taskTokenActions,
  ...validateAction,
  ...testStateAction,
  ...tagActions,
});

export const isActionName = (name: string): name is ActionName => Object.hasOwn(ACTIONS, name);
