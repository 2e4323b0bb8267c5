import {
  DescribeStateMachineCommand,
  ListStateMachinesCommand,
  SFNClient,
  SFNServiceException,
  StartSyncExecutionCommand,
  ValidationException,
} from "@aws-sdk/client-sfn";
import { afterAll, describe, expect, it } from "vitest";
import { sfnClientConfig } from "../../src/index.js";
import { CREDENTIALS, rejection, useServer } from "./helpers/served.js";

const served = useServer();
const clients: SFNClient[] = [];
afterAll(() => {
  for (const client of clients) client.destroy();
});

interface Tamper {
  readonly body?: string;
  readonly target?: string;
  readonly host?: string;
}

/** A real SDK client whose request is changed on the wire after the SDK built it: what a broken client sends. */
function tampered(tamper: Tamper): SFNClient {
  const client = new SFNClient({
    ...sfnClientConfig(served.server),
    credentials: CREDENTIALS,
    maxAttempts: 1,
  });
  client.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { body?: unknown; headers: Record<string, string> };
      if (tamper.body !== undefined) {
        request.body = tamper.body;
        request.headers["content-length"] = String(Buffer.byteLength(tamper.body));
      }
      if (tamper.target !== undefined) request.headers["x-amz-target"] = tamper.target;
      if (tamper.host !== undefined) request.headers.host = tamper.host;
      return next(args);
    },
    { step: "finalizeRequest", name: "tamper" },
  );
  clients.push(client);
  return client;
}

const list = (client: SFNClient) => client.send(new ListStateMachinesCommand({}));

// AWS JSON 1.0 errors: HTTP 400, body { "__type": "…", "message": "…" }.
// https://docs.aws.amazon.com/step-functions/latest/apireference/CommonErrors.html
describe("statesmith serve: bad requests get AWS-shaped errors, never a crash", () => {
  it("a body that is not JSON, or not an object, is SerializationException (400)", async () => {
    const notJson = await rejection(list(tampered({ body: "{not json" })));
    expect(notJson).toBeInstanceOf(SFNServiceException);
    expect(notJson.name).toBe("SerializationException");
    expect((notJson as SFNServiceException).$metadata.httpStatusCode).toBe(400);
    expect((await rejection(list(tampered({ body: "[1,2]" })))).name).toBe("SerializationException");
  });

  it("a member of the wrong type is SerializationException naming it; a missing one ValidationException", async () => {
    const wrong = await rejection(
      tampered({ body: '{"stateMachineArn": 5}' }).send(
        new DescribeStateMachineCommand({ stateMachineArn: "x" }),
      ),
    );
    expect(wrong.name).toBe("SerializationException");
    expect(wrong.message).toBe("'stateMachineArn' must be a string, got a number.");
    const missing = await rejection(
      tampered({ body: "{}" }).send(new DescribeStateMachineCommand({ stateMachineArn: "x" })),
    );
    expect(missing).toBeInstanceOf(ValidationException);
    expect(missing.message).toBe(
      "1 validation error detected: Value null at 'stateMachineArn' failed to satisfy constraint: Member must not be null",
    );
  });

  it("an unknown or unserved X-Amz-Target is UnknownOperationException", async () => {
    const activity = await rejection(list(tampered({ target: "AWSStepFunctions.CreateActivity" })));
    expect(activity.name).toBe("UnknownOperationException");
    expect(activity.message).toMatch(/does not implement CreateActivity \(it serves: CreateStateMachine, /);
    expect((await rejection(list(tampered({ target: "DynamoDB_20120810.ListTables" })))).name).toBe(
      "UnknownOperationException",
    );
  });

  it("a body over the size limit is refused (413) and the connection survives for the next client", async () => {
    const huge = await rejection(list(tampered({ body: `{"x":"${"a".repeat(9 * 1024 * 1024)}"}` })));
    expect(huge).toBeInstanceOf(ValidationException);
    expect((huge as SFNServiceException).$metadata.httpStatusCode).toBe(413);
  });

  it("the host the SDK prefixes (sync-…) is served like any other; the server still answers after all of the above", async () => {
    const express = await served.machine(
      { StartAt: "A", States: { A: { Type: "Pass", Result: 1, End: true } } },
      { type: "EXPRESS" },
    );
    const port = served.server.port;
    const done = await tampered({ host: `sync-127.0.0.1:${port}` }).send(
      new StartSyncExecutionCommand({ stateMachineArn: express }),
    );
    expect(done).toMatchObject({ status: "SUCCEEDED", output: "1" });
    await expect(list(served.sfn)).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
  });
});
