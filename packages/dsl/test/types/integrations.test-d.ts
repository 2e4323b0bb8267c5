import { describe, test } from "vitest";
import { dynamodb, lambda, machine } from "../../src/index.js";
import { type charge, Order } from "./fixtures.js";

// Integrations type their parameters: `lambda.invoke<typeof handler>` the Payload by the handler's event,
// `dynamodb.getItem<Shape>` the Key by the attribute kinds.

describe("Lambda Payload", () => {
  test("a field of the wrong type", () => {
    machine("payload-type", { input: Order }, (flow) =>
      flow.next((s) =>
        s.task("Charge", ($) =>
          lambda.invoke<typeof charge>({
            FunctionName: "charge",
            // @ts-expect-error amount is a number; $.order.placedAt a string
            Payload: { orderId: $.order.id, amount: $.order.placedAt },
          }),
        ),
      ),
    );
  });

  test("a missing field", () => {
    machine("payload-missing", { input: Order }, (flow) =>
      flow.next((s) =>
        s.task("Charge", ($) =>
          lambda.invoke<typeof charge>({
            FunctionName: "charge",
            // @ts-expect-error Property 'amount' is missing
            Payload: { orderId: $.order.id },
          }),
        ),
      ),
    );
  });

  test("a literal of the wrong type", () => {
    machine("payload-literal", { input: Order }, (flow) =>
      flow.next((s) =>
        s.task("Charge", ($) =>
          lambda.invoke<typeof charge>({
            FunctionName: "charge",
            // @ts-expect-error "10.50" is a string
            Payload: { orderId: $.order.id, amount: "10.50" },
          }),
        ),
      ),
    );
  });

  test("a JSONata Payload is typed the same way", () => {
    machine("payload-jsonata", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) =>
        s.task("Charge", ({ input }) =>
          lambda.invoke<typeof charge>({
            FunctionName: "charge",
            // @ts-expect-error amount is a number; input.order.id a string
            Payload: { orderId: input.order.id, amount: input.order.id },
          }),
        ),
      ),
    );
  });

  test("the result is inside the envelope", () => {
    machine("payload-envelope", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .task("Charge", lambda.invoke<typeof charge>({ FunctionName: "charge" }))
          // @ts-expect-error the handler's return value is $.Payload: $.Payload.chargeId
          .resultSelector(($) => ({ chargeId: $.chargeId })),
      ),
    );
  });
});

describe("DynamoDB", () => {
  test("a Key with the wrong AttributeValue kind", () => {
    machine("key-kind", { input: Order }, (flow) =>
      flow.next((s) =>
        s.task("Load", ($) =>
          dynamodb.getItem<{ pk: "S"; visits: "N" }>({
            TableName: "customers",
            // @ts-expect-error pk is a string attribute: { S: … }
            Key: { pk: { N: $.customer.id } },
          }),
        ),
      ),
    );
  });

  test("a number attribute holds a string", () => {
    machine("key-number", { input: Order }, (flow) =>
      flow.next((s) =>
        s.task("Save", ($) =>
          dynamodb.putItem<{ pk: "S"; total: "N" }>({
            TableName: "orders",
            // @ts-expect-error DynamoDB numbers travel as strings: { N: "12" }, or States.Format
            Item: { pk: { S: $.order.id }, total: { N: $.order.total } },
          }),
        ),
      ),
    );
  });

  test("a Key attribute not in the shape", () => {
    machine("key-name", { input: Order }, (flow) =>
      flow.next((s) =>
        s.task("Load", ($) =>
          dynamodb.getItem<{ pk: "S" }>({
            TableName: "customers",
            // @ts-expect-error the shape names the key `pk`
            Key: { id: { S: $.customer.id } },
          }),
        ),
      ),
    );
  });

  test("a put Item misses an attribute", () => {
    machine("item-missing", { input: Order }, (flow) =>
      flow.next((s) =>
        s.task("Save", ($) =>
          dynamodb.putItem<{ pk: "S"; email: "S" }>({
            TableName: "customers",
            // @ts-expect-error Property 'email' is missing (mark optional attributes `email?: "S"`)
            Item: { pk: { S: $.customer.id } },
          }),
        ),
      ),
    );
  });
});
