import { describe, expect, test } from "vitest";
import { z } from "zod";
import {
  and,
  booleanEquals,
  booleanEqualsPath,
  isBoolean,
  isNull,
  isNumeric,
  isPresent,
  isString,
  isTimestamp,
  jsonata,
  machine,
  not,
  numericEquals,
  numericEqualsPath,
  numericGreaterThan,
  numericGreaterThanEquals,
  numericGreaterThanEqualsPath,
  numericGreaterThanPath,
  numericLessThan,
  numericLessThanEquals,
  numericLessThanEqualsPath,
  numericLessThanPath,
  or,
  stringEquals,
  stringEqualsPath,
  stringGreaterThan,
  stringGreaterThanEquals,
  stringGreaterThanEqualsPath,
  stringGreaterThanPath,
  stringLessThan,
  stringLessThanEquals,
  stringLessThanEqualsPath,
  stringLessThanPath,
  stringMatches,
  timestampEquals,
  timestampEqualsPath,
  timestampGreaterThan,
  timestampGreaterThanEquals,
  timestampGreaterThanEqualsPath,
  timestampGreaterThanPath,
  timestampLessThan,
  timestampLessThanEquals,
  timestampLessThanEqualsPath,
  timestampLessThanPath,
} from "../../src/index.js";
import { compileOk, problems, statesOf } from "../helpers/asl.js";

// Choice rules: https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html
const Input = z.object({
  name: z.string(),
  other: z.string(),
  total: z.number(),
  limit: z.number(),
  vip: z.boolean(),
  flag: z.boolean(),
  at: z.string(),
  deadline: z.string(),
  note: z.string().optional(),
});
const T = "2026-01-31T09:30:00Z";

describe("Choice (JSONPath)", () => {
  test("GIVEN every comparison operator WHEN compiled THEN each rule is Variable + operator + Next, in order", () => {
    const m = machine("operators", { input: Input }, (flow) =>
      flow.next((s) => {
        const done = s.succeed("Done");
        return s
          .choice("Route")
          .when(($) => stringEquals($.name, "a"), done)
          .when(($) => stringEqualsPath($.name, $.other), done)
          .when(($) => stringLessThan($.name, "b"), done)
          .when(($) => stringLessThanPath($.name, $.other), done)
          .when(($) => stringGreaterThan($.name, "c"), done)
          .when(($) => stringGreaterThanPath($.name, $.other), done)
          .when(($) => stringLessThanEquals($.name, "d"), done)
          .when(($) => stringLessThanEqualsPath($.name, $.other), done)
          .when(($) => stringGreaterThanEquals($.name, "e"), done)
          .when(($) => stringGreaterThanEqualsPath($.name, $.other), done)
          .when(($) => stringMatches($.name, "log-*.txt"), done)
          .when(($) => numericEquals($.total, 1), done)
          .when(($) => numericEqualsPath($.total, $.limit), done)
          .when(($) => numericLessThan($.total, 2), done)
          .when(($) => numericLessThanPath($.total, $.limit), done)
          .when(($) => numericGreaterThan($.total, 3), done)
          .when(($) => numericGreaterThanPath($.total, $.limit), done)
          .when(($) => numericLessThanEquals($.total, 4), done)
          .when(($) => numericLessThanEqualsPath($.total, $.limit), done)
          .when(($) => numericGreaterThanEquals($.total, 5.5), done)
          .when(($) => numericGreaterThanEqualsPath($.total, $.limit), done)
          .when(($) => booleanEquals($.vip, true), done)
          .when(($) => booleanEqualsPath($.vip, $.flag), done)
          .when(($) => timestampEquals($.at, T), done)
          .when(($) => timestampEqualsPath($.at, $.deadline), done)
          .when(($) => timestampLessThan($.at, T), done)
          .when(($) => timestampLessThanPath($.at, $.deadline), done)
          .when(($) => timestampGreaterThan($.at, new Date(T)), done)
          .when(($) => timestampGreaterThanPath($.at, $.deadline), done)
          .when(($) => timestampLessThanEquals($.at, T), done)
          .when(($) => timestampLessThanEqualsPath($.at, $.deadline), done)
          .when(($) => timestampGreaterThanEquals($.at, T), done)
          .when(($) => timestampGreaterThanEqualsPath($.at, $.deadline), done)
          .when(($) => isPresent($.note), done)
          .when(($) => isNull($.note), done)
          .when(($) => isNumeric($.total, false), done)
          .when(($) => isString($.name), done)
          .when(($) => isBoolean($.vip), done)
          .when(($) => isTimestamp($.at), done);
      }),
    );
    const rules = (statesOf(m).Route as { Choices: object[] }).Choices;
    const rule = (variable: string, operator: string, value: unknown) => ({
      Variable: variable,
      [operator]: value,
      Next: "Done",
    });
    expect(rules).toStrictEqual([
      rule("$.name", "StringEquals", "a"),
      rule("$.name", "StringEqualsPath", "$.other"),
      rule("$.name", "StringLessThan", "b"),
      rule("$.name", "StringLessThanPath", "$.other"),
      rule("$.name", "StringGreaterThan", "c"),
      rule("$.name", "StringGreaterThanPath", "$.other"),
      rule("$.name", "StringLessThanEquals", "d"),
      rule("$.name", "StringLessThanEqualsPath", "$.other"),
      rule("$.name", "StringGreaterThanEquals", "e"),
      rule("$.name", "StringGreaterThanEqualsPath", "$.other"),
      rule("$.name", "StringMatches", "log-*.txt"),
      rule("$.total", "NumericEquals", 1),
      rule("$.total", "NumericEqualsPath", "$.limit"),
      rule("$.total", "NumericLessThan", 2),
      rule("$.total", "NumericLessThanPath", "$.limit"),
      rule("$.total", "NumericGreaterThan", 3),
      rule("$.total", "NumericGreaterThanPath", "$.limit"),
      rule("$.total", "NumericLessThanEquals", 4),
      rule("$.total", "NumericLessThanEqualsPath", "$.limit"),
      rule("$.total", "NumericGreaterThanEquals", 5.5),
      rule("$.total", "NumericGreaterThanEqualsPath", "$.limit"),
      rule("$.vip", "BooleanEquals", true),
      rule("$.vip", "BooleanEqualsPath", "$.flag"),
      rule("$.at", "TimestampEquals", T),
      rule("$.at", "TimestampEqualsPath", "$.deadline"),
      rule("$.at", "TimestampLessThan", T),
      rule("$.at", "TimestampLessThanPath", "$.deadline"),
      rule("$.at", "TimestampGreaterThan", "2026-01-31T09:30:00.000Z"),
      rule("$.at", "TimestampGreaterThanPath", "$.deadline"),
      rule("$.at", "TimestampLessThanEquals", T),
      rule("$.at", "TimestampLessThanEqualsPath", "$.deadline"),
      rule("$.at", "TimestampGreaterThanEquals", T),
      rule("$.at", "TimestampGreaterThanEqualsPath", "$.deadline"),
      rule("$.note", "IsPresent", true),
      rule("$.note", "IsNull", true),
      rule("$.total", "IsNumeric", false),
      rule("$.name", "IsString", true),
      rule("$.vip", "IsBoolean", true),
      rule("$.at", "IsTimestamp", true),
    ]);
  });

  test("GIVEN And, Or, Not, Default, rule Assign and Comment WHEN compiled THEN nested rules carry no Next", () => {
    const m = machine("boolean", { input: Input }, (flow) =>
      flow.next((s) =>
        s
          .choice("Route")
          .comment("routing")
          .inputPath("$")
          .outputPath("$")
          .assign(($) => ({ seen: $.name }))
          .when(
            ($) =>
              and(isPresent($.note), or(numericGreaterThan($.total, 100), not(booleanEquals($.vip, false)))),
            (f) => f.next((s) => s.succeed("Special")),
            { comment: "big or vip", assign: ($) => ({ special: true, who: $.name }) },
          )
          .otherwise((f) => f.next((s) => s.succeed("Normal"))),
      ),
    );
    expect(statesOf(m)).toStrictEqual({
      Route: {
        Type: "Choice",
        Comment: "routing",
        InputPath: "$",
        Choices: [
          {
            And: [
              { Variable: "$.note", IsPresent: true },
              {
                Or: [
                  { Variable: "$.total", NumericGreaterThan: 100 },
                  { Not: { Variable: "$.vip", BooleanEquals: false } },
                ],
              },
            ],
            Comment: "big or vip",
            Assign: { special: true, "who.$": "$.name" },
            Next: "Special",
          },
        ],
        Default: "Normal",
        OutputPath: "$",
        Assign: { "seen.$": "$.name" },
      },
      Special: { Type: "Succeed" },
      Normal: { Type: "Succeed" },
    });
  });

  test("GIVEN branches that continue WHEN followed by a state THEN both branches transition to it", () => {
    const m = machine("join", { input: Input }, (flow) =>
      flow
        .next((s) =>
          s
            .choice("Route")
            .when(
              ($) => booleanEquals($.vip, true),
              (f) => f.next((s) => s.pass("Vip").result("vip").resultPath("$.tier")),
            )
            .otherwise((f) => f.next((s) => s.pass("Regular").result("regular").resultPath("$.tier"))),
        )
        .next((s) => s.succeed("Done")),
    );
    const states = statesOf(m);
    expect(states.Vip).toMatchObject({ Next: "Done" });
    expect(states.Regular).toMatchObject({ Next: "Done" });
  });

  test("GIVEN variables and InputPath WHEN a rule compares them THEN Variable is $name, input paths are rebased", () => {
    const m = machine("vars", { input: Input }, (flow) =>
      flow
        .next((s) => s.pass("Remember").assign(($) => ({ max: $.limit })))
        .next((s) =>
          s
            .choice("Route")
            .inputPath("$")
            .when(
              ($, { vars }) => numericGreaterThanPath($.total, vars.max),
              (f) => f.next((s) => s.succeed("Over")),
            )
            .otherwise((f) => f.next((s) => s.succeed("Under"))),
        ),
    );
    expect((statesOf(m).Route as { Choices: object[] }).Choices).toStrictEqual([
      { Variable: "$.total", NumericGreaterThanPath: "$max", Next: "Over" },
    ]);
  });

  test("GIVEN a bad timestamp or a second Default WHEN written THEN it throws naming the problem", () => {
    expect(() => timestampEquals(null as never, "yesterday")).toThrow(
      '"yesterday" is not an RFC 3339 timestamp',
    );
    expect(() =>
      machine("object-value", { input: z.object({ total: z.number() }) }, (flow) =>
        flow.next((s) =>
          s
            .choice("Route")
            .when(($) => numericEquals($.total, { limit: 100 } as never), s.succeed("A"))
            .otherwise(s.succeed("B")),
        ),
      ),
    ).toThrow("compares against a string, number or boolean, or a path; got an object");
    expect(() =>
      machine("two-defaults", {}, (flow) =>
        flow.next((s) => s.choice("Route").otherwise(s.succeed("A")).otherwise(s.succeed("B"))),
      ),
    ).toThrow('State "Route" (Default): already has a Default. Fix: Call otherwise() once.');
  });

  test("GIVEN a Choice with no rules WHEN compiled THEN the validator refuses it", () => {
    const m = machine("empty-choice", {}, (flow) =>
      flow.next((s) => s.choice("Route").otherwise(s.succeed("Done"))),
    );
    expect(problems(m).some((problem) => problem.startsWith('State "Route"'))).toBe(true);
  });
});

describe("Choice (JSONata)", () => {
  test("GIVEN Condition rules with Output and Assign WHEN compiled THEN Condition is a {% %} expression", () => {
    const m = machine("jsonata-choice", { input: Input, queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) =>
        s
          .choice("Route")
          .when(
            ({ input }) => jsonata.and(jsonata.gt(input.total, 100), jsonata.eq(input.vip, true)),
            (f) => f.next((s) => s.succeed("Big")),
            {
              output: ({ input }) => ({ total: input.total }),
              assign: ({ input }) => ({ bigName: input.name }),
            },
          )
          .when(jsonata<boolean>`$exists($states.input.note)`, (f) => f.next((s) => s.succeed("Noted")))
          .otherwise((f) => f.next((s) => s.succeed("Small"))),
      ),
    );
    const result = compileOk(m);
    expect(result.definition.States.Route).toStrictEqual({
      Type: "Choice",
      Choices: [
        {
          Condition: "{% ($states.input.total > 100) and ($states.input.vip = true) %}",
          Output: { total: "{% $states.input.total %}" },
          Assign: { bigName: "{% $states.input.name %}" },
          Next: "Big",
        },
        { Condition: "{% $exists($states.input.note) %}", Next: "Noted" },
      ],
      Default: "Small",
    });
  });
});
