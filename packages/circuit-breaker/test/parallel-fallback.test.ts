import { lambda } from "@statesmith/dsl";
import { afterEach, describe, expect, it } from "vitest";
import { createLocalBreaker, type LocalBreaker } from "../local/local-breaker.js";
import { circuitBreakerMachine } from "../src/index.js";
import { answer, statesEntered } from "./helpers/scenario.js";

// A Parallel state fails if any branch fails; each branch here catches its own errors, so one branch's
// failure can never discard the other's result. https://docs.aws.amazon.com/step-functions/latest/dg/state-parallel.html
const FALLBACK_ARN = "arn:aws:lambda:us-east-1:123456789012:function:fallback-source";
let breaker: LocalBreaker;
let fallbackWorks = true;
afterEach(() => breaker.close());

const machine = () =>
  circuitBreakerMachine({
    fallback: {
      default: "default answer",
      prepare: { call: () => lambda.invoke({ FunctionName: FALLBACK_ARN, Payload: { want: "stale-ok" } }) },
    },
  });

async function start() {
  breaker = await createLocalBreaker({
    machine: machine(),
    handlers: {
      [FALLBACK_ARN]: async () => {
        if (!fallbackWorks) throw new Error("fallback source down");
        return { from: "fallback source" };
      },
    },
  });
}

describe("the Parallel option: call and prepare the fallback at once", () => {
  it("GIVEN the operation succeeds WHEN the fallback branch fails THEN the good response is returned, not discarded", async () => {
    fallbackWorks = false;
    await start();
    const result = await breaker.call("svc", { n: 1 });
    expect(statesEntered(result)).toContain("Call with fallback ready");
    expect(answer(result)).toMatchObject({ degraded: false, response: { echo: { n: 1 } } });
  });

  it("GIVEN the operation fails WHEN the fallback was prepared THEN the prepared fallback is the answer", async () => {
    fallbackWorks = true;
    await start();
    breaker.dependency.mode = "failing";
    expect(answer(await breaker.call("svc"))).toMatchObject({
      degraded: true,
      reason: "OPERATION_FAILED",
      source: "prepared",
      response: { from: "fallback source" },
    });
  });

  it("GIVEN both fail THEN the default answers", async () => {
    fallbackWorks = false;
    await start();
    breaker.dependency.mode = "failing";
    expect(answer(await breaker.call("svc"))).toMatchObject({
      degraded: true,
      source: "default",
      response: "default answer",
    });
  });
});
