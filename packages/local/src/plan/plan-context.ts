import type { Diagnostic, QueryLanguage } from "@statesmith/dsl";
import { MissingSubstitution } from "../engine/definition-substitutions.js";
import { refusal } from "../errors/definition-refused-error.js";
import type { ResourceDescription } from "../interpreter/task-invoker.js";
import { IntrinsicSyntaxError } from "../intrinsics/compile-intrinsic.js";
import { JsonataSyntaxError } from "../jsonata/compile-jsonata.js";
import { PathSyntaxError } from "../paths/compile-path.js";
import { TemplateError } from "../paths/payload-template.js";

/** Facts the planner needs from the engine. */
export interface PlanEnvironment {
  readonly now: () => number;
  /** Parses a Task's Resource; throws with a readable message when the engine cannot run it. */
  readonly describeResource: (resource: string) => ResourceDescription;
}

/**
 * Collects every problem found while compiling a definition, so that one load reports all of them with the
 * state and field they belong to, instead of stopping at the first.
 */
export class PlanContext {
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly environment: PlanEnvironment) {}

  /**
   * Compiles one field. On failure the problem is recorded and a placeholder returned: the definition is then
   * refused as a whole, so the placeholder is never run.
   */
  field<T>(state: string | null, field: string, compile: () => T): T {
    try {
      return compile();
    } catch (error) {
      this.refuse(state, field, error instanceof Error ? error.message : String(error), hintFor(error));
      return undefined as unknown as T;
    }
  }

  refuse(state: string | null, field: string | null, message: string, hint: string): void {
    this.diagnostics.push(refusal(state, field, message, hint));
  }
}

function hintFor(error: unknown): string {
  if (error instanceof PathSyntaxError)
    return "Write a JSONPath such as $.field, $.list[0] or $$.Execution.Id.";
  if (error instanceof IntrinsicSyntaxError)
    return "Check the function name, its arguments and their quoting.";
  if (error instanceof JsonataSyntaxError) return "Fix the JSONata expression between {% and %}.";
  if (error instanceof TemplateError)
    return 'Give a key ending in ".$" a path or an intrinsic function string.';
  if (error instanceof MissingSubstitution)
    return `Give it a value as your template's DefinitionSubstitutions do: substitutions: { ${error.placeholder}: "arn:…" } (createEngine or load), or statesmith run --substitute ${error.placeholder}=arn:…`;
  return "See the Amazon States Language specification for this field.";
}

/** The scope a state is planned in: its query language default and the names of its sibling states. */
export interface ScopeInfo {
  readonly language: QueryLanguage;
}
