import { expr } from "../jsonata/expr.js";
import { NOW } from "../jsonata/time.js";
import { COMMANDS } from "./commands.js";
import { jump, type Kit } from "./kit.js";
import { PROBE_ELIGIBLE } from "./probe.js";

/** Where Route sends each case; a target is a state value, a branch callback or a `jump`. */
export interface RouteTargets {
  readonly cooldown: unknown;
  readonly forceOpen: unknown;
  readonly forceClose: unknown;
  readonly recordedCall: unknown | undefined;
  readonly needsRecord: string | undefined;
  readonly call: unknown;
  readonly fallback: unknown;
  readonly probe: unknown;
}

/**
 * The circuit's state machine, in one Choice: commands first, then CLOSED (call), OPEN before its cooldown
 * ends (fallback), a probe when the cooldown is over or the last probe's lease ran out, and otherwise (a
 * probe is in flight) the fallback.
 */
export function route(kit: Kit, targets: RouteTargets): unknown {
  const command = (name: string) => expr<boolean>(`$states.input.command = "${name}"`);
  const unknownCommand = kit.s.fail(kit.name("Unknown command"), {
    error: "CircuitBreaker.UnknownCommand",
    cause: () =>
      expr<string>(
        `"Unknown command " & $string($states.input.command) & ". Send ${COMMANDS.filter((name) => name !== "COOLDOWN").join(" or ")}, or no command to call the operation."`,
      ),
  });
  let choice = kit.s
    .choice(kit.name("Route by circuit state"))
    .when(() => command("COOLDOWN"), targets.cooldown as never)
    .when(() => command("FORCE_OPEN"), targets.forceOpen as never)
    .when(() => command("FORCE_CLOSE"), targets.forceClose as never)
    .when(() => expr<boolean>("$exists($states.input.command)"), unknownCommand as never);
  if (targets.recordedCall !== undefined && targets.needsRecord !== undefined) {
    choice = choice.when(
      () => expr<boolean>(`$circuit.state = "CLOSED" and (${targets.needsRecord})`),
      targets.recordedCall as never,
    ) as typeof choice;
  }
  return choice
    .when(() => expr<boolean>(`$circuit.state = "CLOSED"`), targets.call as never)
    .when(
      () => expr<boolean>(`$circuit.state = "OPEN" and $circuit.openUntil > ${NOW}`),
      targets.fallback as never,
    )
    .when(() => expr<boolean>(PROBE_ELIGIBLE), targets.probe as never)
    .otherwise(jump(targets.fallback) as never);
}
