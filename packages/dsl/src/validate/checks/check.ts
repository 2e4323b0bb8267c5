import type { ExpressionCache } from "../expressions/expression-cache.js";
import type { DefinitionModel } from "../model/definition-model.js";
import type { Reporter } from "../report.js";
import type { VariableRead } from "../schema/walk-context.js";

/** What every check gets: the model, the reporter, the shared parse cache and the reads the walk recorded. */
export interface CheckInput {
  readonly model: DefinitionModel;
  readonly report: Reporter;
  readonly cache: ExpressionCache;
  readonly checkArn: boolean;
  /** Filled by the field walk, read by the data-flow check. */
  readonly reads: VariableRead[];
}

export type Check = (input: CheckInput) => void;
