import {
  CreateStateMachineCommand,
  DeleteStateMachineCommand,
  DescribeStateMachineCommand,
  InvalidArn,
  InvalidDefinition,
  InvalidName,
  ListStateMachinesCommand,
  ListTagsForResourceCommand,
  MissingRequiredParameter,
  StateMachineAlreadyExists,
  StateMachineDoesNotExist,
  TagResourceCommand,
  UpdateStateMachineCommand,
  ValidationException,
} from "@aws-sdk/client-sfn";
import { describe, expect, it } from "vitest";
import { ROLE, rejection, useServer } from "./helpers/served.js";

const served = useServer();
const pass = { StartAt: "Done", States: { Done: { Type: "Pass", End: true } } };
const arnOf = (name: string) => `arn:aws:states:us-east-1:123456789012:stateMachine:${name}`;

describe("statesmith serve: state machines (through @aws-sdk/client-sfn)", () => {
  it("CreateStateMachine → DescribeStateMachine returns the definition text as sent, ACTIVE, with AWS's defaults", async () => {
    const definition = `{ "StartAt": "Done", "States": { "Done": { "Type": "Pass", "End": true } } }`;
    const created = await served.sfn.send(
      new CreateStateMachineCommand({ name: "orders", definition, roleArn: ROLE }),
    );
    expect(created.stateMachineArn).toBe(arnOf("orders"));
    expect(created.creationDate).toBeInstanceOf(Date);
    const described = await served.sfn.send(
      new DescribeStateMachineCommand({ stateMachineArn: arnOf("orders") }),
    );
    expect(described).toMatchObject({
      stateMachineArn: arnOf("orders"),
      name: "orders",
      status: "ACTIVE",
      definition,
      roleArn: ROLE,
      type: "STANDARD",
      loggingConfiguration: { level: "OFF", includeExecutionData: false },
      tracingConfiguration: { enabled: false },
    });
    // Dates travel as epoch seconds; the SDK turns them back into the same instant.
    expect(described.creationDate?.getTime()).toBe(created.creationDate?.getTime());
  });

  // "CreateStateMachine is an idempotent API … based on the state machine name, definition, type,
  // LoggingConfiguration, TracingConfiguration" https://docs.aws.amazon.com/step-functions/latest/apireference/API_CreateStateMachine.html
  it("the same create again is idempotent; another definition under the name is StateMachineAlreadyExists", async () => {
    const first = await served.machine(pass, { name: "twice" });
    const again = await served.sfn.send(
      new CreateStateMachineCommand({ name: "twice", definition: JSON.stringify(pass), roleArn: ROLE }),
    );
    expect(again.stateMachineArn).toBe(first);
    const other = { StartAt: "X", States: { X: { Type: "Succeed" } } };
    const error = await rejection(served.machine(other, { name: "twice" }));
    expect(error).toBeInstanceOf(StateMachineAlreadyExists);
    expect(error.message).toContain(arnOf("twice"));
  });

  it("a definition AWS would refuse is InvalidDefinition, with Statesmith's diagnostics (state, field, fix) in the message", async () => {
    const broken = {
      StartAt: "Charge",
      States: { Charge: { Type: "Pass", Next: "Nowhere" } },
    };
    const error = await rejection(served.machine(broken, { name: "broken" }));
    expect(error).toBeInstanceOf(InvalidDefinition);
    expect(error.message).toMatch(/^Invalid State Machine Definition: '/);
    expect(error.message).toMatch(/State "Charge" \(Next\): .*Nowhere/);
    expect(error.message).toContain("Fix:");
    const notJson = await rejection(
      served.sfn.send(
        new CreateStateMachineCommand({ name: "not-json", definition: "{ StartAt", roleArn: ROLE }),
      ),
    );
    expect(notJson).toBeInstanceOf(InvalidDefinition);
    expect(notJson.message).toContain("INVALID_JSON_DESCRIPTION");
  });

  it("EXPRESS machines refuse .waitForTaskToken (Express supports request-response only)", async () => {
    // https://docs.aws.amazon.com/step-functions/latest/dg/integrate-optimized.html
    const callback = {
      StartAt: "Ask",
      States: {
        Ask: {
          Type: "Task",
          Resource: "arn:aws:states:::lambda:invoke.waitForTaskToken",
          Parameters: { FunctionName: "ask", "Payload.$": "$" },
          End: true,
        },
      },
    };
    const error = await rejection(served.machine(callback, { type: "EXPRESS" }));
    expect(error).toBeInstanceOf(InvalidDefinition);
    expect(error.message).toMatch(
      /State "Ask" \(Resource\): EXPRESS state machines do not support the \.waitForTaskToken/,
    );
    await expect(served.machine(callback, { type: "STANDARD" })).resolves.toMatch(/:stateMachine:/);
  });

  it("bad names, role ARNs and state machine ARNs are InvalidName / InvalidArn; an unknown ARN is StateMachineDoesNotExist", async () => {
    expect(await rejection(served.machine(pass, { name: "has space" }))).toBeInstanceOf(InvalidName);
    expect(await rejection(served.machine(pass, { name: "x".repeat(81) }))).toBeInstanceOf(
      ValidationException,
    );
    const badRole = await rejection(
      served.sfn.send(
        new CreateStateMachineCommand({ name: "r", definition: JSON.stringify(pass), roleArn: "role" }),
      ),
    );
    expect(badRole).toBeInstanceOf(InvalidArn);
    expect(
      await rejection(served.sfn.send(new DescribeStateMachineCommand({ stateMachineArn: "nope" }))),
    ).toBeInstanceOf(InvalidArn);
    const missing = await rejection(
      served.sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arnOf("ghost") })),
    );
    expect(missing).toBeInstanceOf(StateMachineDoesNotExist);
    expect(missing.message).toBe(`State Machine Does Not Exist: '${arnOf("ghost")}'`);
  });

  it("UpdateStateMachine replaces the definition; with nothing to update it is MissingRequiredParameter", async () => {
    const arn = await served.machine(pass, { name: "updated" });
    const next = { StartAt: "End", States: { End: { Type: "Succeed" } } };
    const updated = await served.sfn.send(
      new UpdateStateMachineCommand({ stateMachineArn: arn, definition: JSON.stringify(next) }),
    );
    expect(updated.updateDate).toBeInstanceOf(Date);
    const described = await served.sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }));
    expect(JSON.parse(described.definition ?? "")).toStrictEqual(next);
    expect(
      await rejection(served.sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn }))),
    ).toBeInstanceOf(MissingRequiredParameter);
    const refused = await rejection(
      served.sfn.send(
        new UpdateStateMachineCommand({ stateMachineArn: arn, definition: '{"StartAt":"A","States":{}}' }),
      ),
    );
    expect(refused).toBeInstanceOf(InvalidDefinition);
  });

  it("DeleteStateMachine removes the machine and is idempotent", async () => {
    const arn = await served.machine(pass, { name: "doomed" });
    await served.sfn.send(new DeleteStateMachineCommand({ stateMachineArn: arn }));
    expect(
      await rejection(served.sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }))),
    ).toBeInstanceOf(StateMachineDoesNotExist);
    await expect(
      served.sfn.send(new DeleteStateMachineCommand({ stateMachineArn: arn })),
    ).resolves.toBeDefined();
  });

  it("ListStateMachines pages with maxResults and nextToken, every machine once, in creation order", async () => {
    for (let index = 0; index < 7; index++) await served.machine(pass, { name: `listed-${index}` });
    const names: string[] = [];
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const listed = await served.sfn.send(new ListStateMachinesCommand({ maxResults: 3, nextToken }));
      expect(listed.stateMachines?.length).toBeLessThanOrEqual(3);
      names.push(...(listed.stateMachines ?? []).map((machine) => machine.name ?? ""));
      nextToken = listed.nextToken;
      pages++;
    } while (nextToken);
    const listed = names.filter((name) => name.startsWith("listed-"));
    expect(listed).toStrictEqual(Array.from({ length: 7 }, (_, index) => `listed-${index}`));
    expect(new Set(names).size).toBe(names.length);
    expect(pages).toBe(Math.ceil(names.length / 3));
  });

  it("tags: TagResource, ListTagsForResource", async () => {
    const arn = await served.machine(pass, { name: "tagged" });
    await served.sfn.send(
      new TagResourceCommand({ resourceArn: arn, tags: [{ key: "team", value: "payments" }] }),
    );
    const listed = await served.sfn.send(new ListTagsForResourceCommand({ resourceArn: arn }));
    expect(listed.tags).toStrictEqual([{ key: "team", value: "payments" }]);
  });
});
