import { type Flow, isEmptyFlow } from "@statesmith/dsl";
import type { CircuitBreakerOptions } from "./options/breaker-options.js";
import { CircuitBreakerConfigError, resolveOptions } from "./options/resolve-options.js";
import type { CircuitBreakerResult, CommandResult } from "./result.js";
import { needsRecord, parallelCall, plainCall, recordedCall, recordSuccess } from "./states/calls.js";
import { commandStates } from "./states/commands.js";
import { enter } from "./states/enter.js";
import { failurePath } from "./states/failure.js";
import { fallback } from "./states/fallback.js";
import { type AnyFlow, createKit, jump, type Kit } from "./states/kit.js";
import { probePath } from "./states/probe.js";
import { cacheResponse, respond } from "./states/respond.js";
import { route } from "./states/route.js";
import { storeDown } from "./states/store-down.js";

/**
 * The Circuit Breaker pattern around any Task, as a flow combinator:
 * `flow.pipe(circuitBreaker({ table, protect: { call: ({ input }) => lambda.invoke(…) } }))`.
 * Its open ends carry a {@link CircuitBreakerResult}: the response, or a fallback marked `degraded`.
 * Commands (`{ command: "FORCE_OPEN" | "FORCE_CLOSE" }`) and the cooldown timer end in a Succeed state with
 * a {@link CommandResult}, which a machine's output type includes.
 */
export function circuitBreaker<In, R, F = unknown>(options: CircuitBreakerOptions<In, R, F>) {
  const resolved = resolveOptions(options as CircuitBreakerOptions<unknown, unknown>);
  return <V, E extends string, O = never>(
    flow: Flow<In, V, "JSONata", E, O>,
  ): Flow<CircuitBreakerResult<ResponseOf<R>>, V, "JSONata", E, O | CommandResult> => {
    if (resolved.cooldown.timer === "self" && !isEmptyFlow(flow)) {
      throw new CircuitBreakerConfigError(
        'circuitBreaker(): cooldown.timer "self" restarts this machine with { command: "COOLDOWN" }, so the breaker must be its first state. Put it first, or pass cooldown.timer: { stateMachineArn } or "none".',
      );
    }
    const { enterState, routeState } = assemble(createKit(resolved));
    return (flow as unknown as AnyFlow).next(enterState).next(routeState) as never;
  };
}

/** The response type callers see: a lambda:invoke result's Payload, else the result. */
type ResponseOf<R> = R extends { readonly Payload: infer P; readonly StatusCode: number } ? P : R;

/**
 * Builds the graph. Each shared state is attached once, where its open end belongs (a success end, the
 * fallback); every other path to it is a jump.
 */
function assemble(kit: Kit) {
  const { options } = kit;
  const parallel = options.fallback.prepare !== undefined;
  const fallbackState = fallback(kit);
  const respondState = respond(kit);
  const success = options.fallback.cache ? cacheResponse(kit, respondState) : respondState;
  const failure = failurePath(kit, fallbackState);
  const recordCondition = needsRecord(kit);
  const record = recordCondition === undefined ? undefined : recordSuccess(kit, respondState);
  const chain =
    (...states: unknown[]) =>
    (flow: AnyFlow) =>
      [...states, success].reduce<AnyFlow>((tail, state) => tail.next(state), flow);
  const call = parallel
    ? parallelCall(
        kit,
        {
          failure: failure.path,
          recordChain: record && chain(record),
          respond: record ? jump(respondState) : respondState,
        },
        recordCondition,
      )
    : plainCall(kit, failure.path);
  const routeState = route(kit, {
    ...commandStates(kit),
    recordedCall: !parallel && record ? chain(recordedCall(kit, failure.path), record) : undefined,
    needsRecord: recordCondition,
    call,
    fallback: fallbackState,
    probe: probePath(
      kit,
      { fallback: fallbackState, success, afterReopen: failure.timer ?? fallbackState },
      !parallel && record === undefined,
    ),
  });
  const enterState = enter(kit, storeDown(kit, { call, fallback: fallbackState }));
  return { enterState, routeState };
}
