import type { JsonValue, QueryLanguage } from "../../asl/types.js";
import type { ExpressionCache } from "../expressions/expression-cache.js";
import type { StateNode } from "../model/definition-model.js";
import { childField } from "../model/field-path.js";
import type { Reporter, Where } from "../report.js";

/**
 * Which `$states` fields a JSONata expression may read where it stands: `input` and `context` everywhere,
 * `result` only in the Output and Assign of Task, Map and Parallel states, `errorOutput` only in a Catcher's
 * Output and Assign. https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html
 */
export type StatesAccess = "input" | "result" | "error-output";

/** Where a value sits: its state (null at the top level), field path, language and `$states` access. */
export interface Site {
  readonly state: StateNode | null;
  readonly field: string;
  readonly language: QueryLanguage;
  readonly access: StatesAccess;
}

/** A variable read, kept for the data-flow check. `maybeFunction`: `$count` not called may mean the function. */
export interface VariableRead {
  readonly state: StateNode;
  readonly field: string;
  readonly name: string;
  readonly maybeFunction: boolean;
}

export interface WalkContext {
  readonly report: Reporter;
  readonly cache: ExpressionCache;
  readonly checkArn: boolean;
  readonly reads: VariableRead[];
}

export type ValueCheck = (value: JsonValue, site: Site, walk: WalkContext) => void;

export const whereOf = (site: Site): Where => ({
  state: site.state?.name ?? null,
  field: site.field || null,
});

export const siteAt = (site: Site, key: string | number, access: StatesAccess = site.access): Site => ({
  ...site,
  field: childField(site.field, key),
  access,
});

/** The last key of the site's field, for messages ("MaxAttempts must be …"). */
export const fieldName = (site: Site): string => {
  const match = /(?:^|\.)([^.[\]]+(?:\.\$)?)$|\["([^"]+)"\]$/.exec(site.field);
  return match?.[1] ?? match?.[2] ?? site.field;
};

export const recordRead = (walk: WalkContext, site: Site, name: string, maybeFunction = false): void => {
  if (site.state) walk.reads.push({ state: site.state, field: site.field, name, maybeFunction });
};
