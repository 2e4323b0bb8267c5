import { StartExecutionCommand, ValidationException } from "@aws-sdk/client-sfn";
import { describe, expect, it } from "vitest";
import { tempDir, writeJson } from "../helpers/temp-dir.js";
import { CHECKOUT, CHECKOUT_MOCKS } from "./helpers/checkout.js";
import { rejection, useServer } from "./helpers/served.js";

const dir = tempDir("serve-mocks");
// Given as a path, as --mock-config and SFN_MOCK_CONFIG give it.
const served = useServer({ mockConfig: writeJson(dir, "mocks.json", CHECKOUT_MOCKS) });

// "arn:aws:states:…:stateMachine:LambdaSQSIntegration#HappyPath" runs the HappyPath test case.
// https://docs.aws.amazon.com/step-functions/latest/dg/sfn-local-test-sm-exec.html
describe("statesmith serve: Step Functions Local mock configs, selected with stateMachineArn#TestCase", () => {
  it("each test case answers the Task with its mocked response", async () => {
    const stateMachineArn = await served.machine(CHECKOUT, { name: "Checkout" });
    const happy = await served.sfn.send(
      new StartExecutionCommand({ stateMachineArn: `${stateMachineArn}#HappyPath` }),
    );
    expect(happy.executionArn).toMatch(/:execution:Checkout:/);
    const done = await served.closed(happy.executionArn ?? "");
    expect(JSON.parse(done.output ?? "")).toStrictEqual({ charged: true });
    const declined = await served.sfn.send(
      new StartExecutionCommand({ stateMachineArn: `${stateMachineArn}#Declined` }),
    );
    expect(await served.closed(declined.executionArn ?? "")).toMatchObject({
      status: "FAILED",
      error: "PaymentDeclined",
      cause: "card expired",
    });
  });

  it("without a test case the Task runs for real (here: no handler, so it fails saying so)", async () => {
    const stateMachineArn = await served.machine(CHECKOUT, { name: "CheckoutReal" });
    const { executionArn = "" } = await served.sfn.send(new StartExecutionCommand({ stateMachineArn }));
    const done = await served.closed(executionArn);
    expect(done.status).toBe("FAILED");
    expect(`${done.error} ${done.cause}`).toMatch(/charge/);
  });

  it("an unknown test case, or a machine the mock config does not list, is ValidationException naming what exists", async () => {
    const stateMachineArn = await served.machine(CHECKOUT, { name: "Checkout2" });
    const unlisted = await rejection(
      served.sfn.send(new StartExecutionCommand({ stateMachineArn: `${stateMachineArn}#HappyPath` })),
    );
    expect(unlisted).toBeInstanceOf(ValidationException);
    expect(unlisted.message).toContain("no state machine 'Checkout2' (it has: Checkout)");
    const checkout = stateMachineArn.replace(/Checkout2$/, "Checkout");
    const typo = await rejection(
      served.sfn.send(new StartExecutionCommand({ stateMachineArn: `${checkout}#HapyPath` })),
    );
    expect(typo.message).toContain("no test case 'HapyPath' (it has: HappyPath, Declined)");
  });
});
