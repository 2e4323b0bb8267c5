import type { AslMapState, QueryLanguage } from "@statesmith/dsl";
import { StatesErrors } from "../../errors/error-names.js";
import { EvaluationFailure } from "../../errors/runtime-errors.js";
import { retryAndCatch } from "../../interpreter/retry-and-catch.js";
import type { StateEntry } from "../../interpreter/state-entry.js";
import { applyAssignment } from "../../plan/assign.js";
import { finishJsonata, planJsonataIo, statesOf } from "../../plan/jsonata-io.js";
import { planJsonPathIo } from "../../plan/jsonpath-io.js";
import { planNumberField } from "../../plan/number-field.js";
import type { PlanContext } from "../../plan/plan-context.js";
import { planCatchers, planRetriers } from "../../plan/retry-catch-plan.js";
import type { StateRunner, StepOutcome } from "../../plan/state-runner.js";
import type { JsonValue } from "../../util/json.js";
import { nextOf } from "../next-state.js";
import type { ScopePlanner } from "../parallel.js";
import { mapRunLabel } from "./child-workflow.js";
import { planItems } from "./map-items.js";
import { runIterations } from "./map-iterations.js";

/**
 * Map: runs its ItemProcessor (legacy: Iterator) once per item; the result is the array of outputs in item
 * order. Distributed mode runs the same way in-process; ItemReader and ResultWriter (S3) are not available.
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-map.html
 */
export function planMap(
  state: AslMapState,
  name: string,
  context: PlanContext,
  language: QueryLanguage,
  planScope: ScopePlanner,
): StateRunner {
  const next = nextOf(state);
  const processorDefinition = state.ItemProcessor ?? state.Iterator;
  if (!processorDefinition)
    context.refuse(
      name,
      "ItemProcessor",
      "A Map state needs an ItemProcessor.",
      "Add ItemProcessor with StartAt and States.",
    );
  const processor = processorDefinition
    ? planScope(processorDefinition, language, `${name}.ItemProcessor`)
    : undefined;
  const config = state.ItemProcessor?.ProcessorConfig;
  const distributed = config?.Mode === "DISTRIBUTED";
  const items = planItems(state, name, context, language);
  const whole = (value: number) => Number.isInteger(value) && value >= 0;
  const maxConcurrency = planNumberField(
    state as unknown as Readonly<Record<string, unknown>>,
    "MaxConcurrency",
    name,
    context,
    language,
    whole,
    "an integer >= 0",
  );
  const toleratedCount = planNumberField(
    state as unknown as Readonly<Record<string, unknown>>,
    "ToleratedFailureCount",
    name,
    context,
    language,
    whole,
    "an integer >= 0",
  );
  const percent = (value: number) => value >= 0 && value <= 100;
  const toleratedPercentage = planNumberField(
    state as unknown as Readonly<Record<string, unknown>>,
    "ToleratedFailurePercentage",
    name,
    context,
    language,
    percent,
    "from 0 to 100",
  );
  const retriers = planRetriers(state.Retry);
  const catchers = planCatchers(state, name, context, language);

  const runAll = async (entry: StateEntry, effective: JsonValue): Promise<JsonValue[]> => {
    for (const field of ["ItemReader", "ResultWriter"] as const) {
      if (state[field]) {
        throw new EvaluationFailure(
          StatesErrors.Runtime,
          `${field} (Amazon S3) is not supported by the local engine. Pass the items in the state input and select them with ItemsPath or Items.`,
        );
      }
    }
    const inputs = await items(entry, effective);
    const count = await toleratedCount(entry, effective);
    const percentage = await toleratedPercentage(entry, effective);
    const frame = entry.frame;
    const history = frame.run.history;
    frame.lastEventId = history.add("MapStateStarted", frame.lastEventId, "mapStateStartedEventDetails", {
      length: inputs.length,
    });
    try {
      const outputs = await runIterations(processor!, inputs, frame, {
        stateName: name,
        childWorkflows: distributed
          ? { label: mapRunLabel(state.Label), express: config?.ExecutionType === "EXPRESS" }
          : undefined,
        maxConcurrency: (await maxConcurrency(entry, effective)) ?? 0,
        // One tolerance field alone leaves the other unlimited; a Distributed Map without either tolerates none.
        tolerance:
          count !== undefined || percentage !== undefined || distributed
            ? {
                count: count ?? (percentage !== undefined ? Number.POSITIVE_INFINITY : 0),
                percentage: percentage ?? (count !== undefined ? 100 : 0),
              }
            : undefined,
      });
      frame.lastEventId = history.add("MapStateSucceeded", history.events.length);
      return outputs;
    } catch (error) {
      if (error instanceof Error && error.name !== "Cancelled")
        frame.lastEventId = history.add("MapStateFailed", history.events.length);
      throw error;
    }
  };

  let attempt: (entry: StateEntry, input: JsonValue) => Promise<StepOutcome>;
  if (language === "JSONata") {
    const io = planJsonataIo(state, name, context);
    attempt = async (entry, input) => {
      const result = await runAll(entry, input);
      const { output, assign } = await finishJsonata(io, entry, statesOf(entry, { result }), result);
      return { output, next, assigned: applyAssignment(entry.frame, assign) };
    };
  } else {
    const io = planJsonPathIo(state, name, context, "ItemSelector");
    attempt = async (entry, input) => {
      const result = await runAll(entry, io.inputPath(entry, input));
      const assign = io.assign?.(entry, result);
      const selected = io.resultSelector ? io.resultSelector(entry, result) : result;
      return {
        output: io.outputPath(entry, io.resultPath(input, selected)),
        next,
        assigned: applyAssignment(entry.frame, assign),
      };
    };
  }
  return {
    name,
    type: "Map",
    run: (entry, input) => retryAndCatch(entry, () => attempt(entry, input), retriers, catchers),
  };
}
