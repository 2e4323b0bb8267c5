/**
 * `pnpm --filter @statesmith/deploy synth | deploy`: the circuit breaker as one environment-agnostic stack
 * (no account or region is looked up, so synth runs offline without credentials).
 */
import { App } from "aws-cdk-lib";
import { asCircuitTableDesign, CircuitBreakerStack, StatesmithDeployError } from "../src/index.js";

async function main(): Promise<void> {
  // Loaded, not imported statically, so a breaker without the export fails with a clear message.
  const breaker: Record<string, unknown> = await import("@statesmith/circuit-breaker");
  const app = new App();
  new CircuitBreakerStack(app, app.node.tryGetContext("stackName") ?? "StatesmithCircuitBreaker", {
    tableDesign: asCircuitTableDesign(breaker.circuitTableDesign, "@statesmith/circuit-breaker"),
    description:
      "Statesmith circuit breaker: Step Functions state machine, DynamoDB circuit table, protected Lambda.",
  });
  app.synth();
}

main().catch((error: unknown) => {
  // A user error is one readable line; anything else keeps its stack for a bug report.
  if (error instanceof StatesmithDeployError) console.error(`error: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
