/** The generated chain (see chain.ts) written with the DSL, and its rendering without validation. */
import type { AnyState, StateSpec } from "../../src/builder/spec.js";
import { renderMachine } from "../../src/compiler/compile.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import {
  and,
  booleanEquals,
  type FlowLike,
  isPresent,
  machine,
  numericLessThanEquals,
  type StateMachine,
  type States,
} from "../../src/index.js";
import { MACHINE } from "../../src/machine/machine.js";
import type { Empty } from "../../src/typing/empty.js";
import { chainOf, LAST, stepIndex } from "./chain.js";

interface Data {
  readonly step: { readonly step: number };
  readonly flag?: boolean;
}

type ChainStates = States<Data, Empty, "JSONPath", "StepFailed">;
type ChainState = AnyState<StateSpec>;

/** A loop cannot carry the type each state refines, so the chain is typed at its steady data, `Data`. */
interface ChainFlow {
  next(build: (s: ChainStates) => ChainState): ChainFlow;
}

function chainState(s: ChainStates, name: string): ChainState {
  const index = stepIndex(name);
  if (index !== undefined) return s.pass(name).result({ step: index }).resultPath("$.step");
  return name === LAST ? s.pass(name).outputPath("$.step") : s.pass(name).inputPath("$");
}

function check(s: ChainStates, index: number, next: ChainState): ChainState {
  return s
    .choice(`Check ${index}`)
    .when(($) => numericLessThanEquals($.step.step, index), next)
    .when(($) => and(isPresent($.flag), booleanEquals($.flag, true)), next)
    .otherwise(s.fail(`Fail ${index}`, { error: "StepFailed", cause: `Step ${index} went wrong` }));
}

export function dslMachine(size: number): StateMachine {
  const chain = chainOf(size);
  return machine(`chain-${size}`, { errors: ["StepFailed"] }, (start) => {
    let flow = (start as unknown as ChainFlow).next((s) => chainState(s, chain[0]!));
    // Each state is attached by now: append what follows it. After a Step, that is its Check, whose two
    // rules attach the next state as their target.
    chain.forEach((name, position) => {
      const next = chain[position + 1];
      const index = stepIndex(name);
      if (next === undefined) return;
      flow = flow.next((s) =>
        index === undefined ? chainState(s, next) : check(s, index, chainState(s, next)),
      );
    });
    return flow as unknown as FlowLike<unknown, unknown>;
  });
}

/** compile()'s JSON text without its validation; `diagnostics` receives the compiler's own findings. */
export function renderJson(built: StateMachine, diagnostics: Diagnostic[] = []): string {
  return `${JSON.stringify(renderMachine(built[MACHINE], diagnostics), null, 2)}\n`;
}
