import { describe, expect, it } from "vitest";
import type { AslChoiceRule } from "../../src/asl/types.js";
import { choiceRuleText } from "../../src/review/choice-rule-text.js";

// Operators as the ASL spec lists them: https://states-language.net/spec.html#choice-state
describe("choiceRuleText", () => {
  const cases: readonly (readonly [AslChoiceRule, string])[] = [
    [{ Variable: "$.s", StringEquals: "ok" }, '$.s == "ok"'],
    [{ Variable: "$.s", StringEqualsPath: "$.t" }, "$.s == $.t"],
    [{ Variable: "$.s", StringLessThanEquals: "m" }, '$.s <= "m"'],
    [{ Variable: "$.s", StringMatches: "log-*.txt" }, '$.s matches "log-*.txt"'],
    [{ Variable: "$.n", NumericGreaterThan: 5 }, "$.n > 5"],
    [{ Variable: "$.n", NumericLessThanPath: "$.max" }, "$.n < $.max"],
    [{ Variable: "$.b", BooleanEquals: false }, "$.b == false"],
    [
      { Variable: "$.t", TimestampGreaterThanEquals: "2024-01-01T00:00:00Z" },
      '$.t >= "2024-01-01T00:00:00Z"',
    ],
    [{ Variable: "$.x", IsPresent: true }, "$.x is present"],
    [{ Variable: "$.x", IsPresent: false }, "$.x is not present"],
    [{ Variable: "$.x", IsNull: true }, "$.x is null"],
    [{ Variable: "$.x", IsTimestamp: true }, "$.x is a timestamp"],
    [
      {
        And: [
          { Variable: "$.a", NumericEquals: 1 },
          {
            Or: [
              { Variable: "$.b", IsString: true },
              { Variable: "$.c", IsBoolean: false },
            ],
          },
        ],
      },
      "$.a == 1 and ($.b is string or $.c is not boolean)",
    ],
    [{ Not: { Variable: "$.x", IsNumeric: true } }, "not $.x is numeric"],
    [
      {
        Not: {
          Or: [
            { Variable: "$.x", IsNull: true },
            { Variable: "$.y", IsNull: true },
          ],
        },
      },
      "not ($.x is null or $.y is null)",
    ],
    [{ Condition: "{% $states.input.total >= 100 %}" }, "$states.input.total >= 100"],
    [{ Condition: true }, "true"],
  ];

  it.each(cases)("%j reads %s", (rule, text) => {
    expect(choiceRuleText(rule)).toBe(text);
  });

  it("shows an operator it does not know rather than dropping it", () => {
    expect(choiceRuleText({ Variable: "$.x", StringEqualz: "a", Next: "B" })).toBe(
      '$.x {"StringEqualz":"a"}',
    );
  });
});
