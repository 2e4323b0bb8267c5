import { describe, test } from "vitest";
import {
  booleanEquals,
  jsonata,
  machine,
  numericGreaterThan,
  numericGreaterThanPath,
  stringEquals,
  stringMatches,
  timestampEquals,
  timestampLessThan,
  timestampLessThanPath,
} from "../../src/index.js";
import { NOON, Order } from "./fixtures.js";

// JSONPath Choice rules are typed by the leaf they compare. A mismatch reads
// "Argument of type 'PathRef<string>' is not assignable to parameter of type 'NumberField'".

describe("Choice comparisons", () => {
  test("a numeric comparison needs a number field", () => {
    machine("numeric-on-string", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .choice("Big")
          // @ts-expect-error $.order.id is a string: PathRef<string> is not a NumberField
          .when(($) => numericGreaterThan($.order.id, 100), s.succeed("Big order"))
          .otherwise(s.succeed("Small order")),
      ),
    );
  });

  test("a numeric comparison against another path needs two number fields", () => {
    machine("numeric-path", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .choice("Big")
          // @ts-expect-error $.order.placedAt is a string
          .when(($) => numericGreaterThanPath($.order.total, $.order.placedAt), s.succeed("Big order")),
      ),
    );
  });

  test("StringEquals compares with a string", () => {
    machine("string-vs-number", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .choice("Route")
          // @ts-expect-error the value must be a string ("42"), not 42
          .when(($) => stringEquals($.order.id, 42), s.succeed("The answer")),
      ),
    );
    machine("string-on-number", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .choice("Route")
          // @ts-expect-error $.order.total is a number: use numericEquals
          .when(($) => stringMatches($.order.total, "1*"), s.succeed("Ones")),
      ),
    );
  });

  test("Timestamp comparisons read a string field", () => {
    machine("timestamp-on-number", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .choice("Late")
          // @ts-expect-error $.order.total is a number, not a timestamp string
          .when(($) => timestampEquals($.order.total, NOON), s.succeed("Noon")),
      ),
    );
    machine("timestamp-value", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .choice("Late")
          // @ts-expect-error the value is an RFC 3339 string or a Date, not epoch milliseconds
          .when(($) => timestampLessThan($.order.placedAt, 1_767_225_600_000), s.succeed("Early")),
      ),
    );
    machine("timestamp-path", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .choice("Late")
          // @ts-expect-error $.order.express is a boolean
          .when(($) => timestampLessThanPath($.order.placedAt, $.order.express), s.succeed("Early")),
      ),
    );
  });

  test("BooleanEquals reads a boolean field", () => {
    machine("boolean-on-string", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .choice("Express")
          // @ts-expect-error $.customer.email is a string
          .when(($) => booleanEquals($.customer.email, true), s.succeed("Express")),
      ),
    );
    machine("boolean-vs-string", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .choice("Express")
          // @ts-expect-error the value is true, not the string "true"
          .when(($) => booleanEquals($.order.express, "true"), s.succeed("Express")),
      ),
    );
  });

  test("a rule reads only fields of the Choice's input", () => {
    machine("choice-field", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .choice("Express")
          // @ts-expect-error Property 'expres' does not exist
          .when(($) => booleanEquals($.order.expres, true), s.succeed("Express")),
      ),
    );
  });

  test("JSONata comparisons are typed by their operands", () => {
    machine("jsonata-gt", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) =>
        s
          .choice("Big")
          // @ts-expect-error the id is a string: gt compares it with a string, not 100
          .when(({ input }) => jsonata.gt(input.order.id, 100), s.succeed("Big order")),
      ),
    );
    machine("jsonata-condition", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) =>
        s
          .choice("Big")
          // @ts-expect-error a JSONPath rule in a JSONata Choice: the condition is an Expr<boolean>
          .when(($) => numericGreaterThan($.order.total, 100), s.succeed("Big order")),
      ),
    );
  });
});
