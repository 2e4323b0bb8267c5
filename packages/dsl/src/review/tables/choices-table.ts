import type { AslChoiceState } from "../../asl/types.js";
import { choiceRuleText } from "../choice-rule-text.js";
import type { ScopedState } from "../walk.js";
import { code, table } from "./markdown.js";

/** Every Choice rule in full (the diagram shortens long ones), in evaluation order, then the Default. */
export function choicesTable(states: readonly ScopedState[]): string | undefined {
  const rows = states.flatMap(({ name, state }) => {
    const fields = state as Partial<AslChoiceState>;
    if (!Array.isArray(fields.Choices)) return [];
    const rules = fields.Choices.map((rule, index) => [
      code(name),
      String(index + 1),
      code(choiceRuleText(rule)),
      typeof rule.Next === "string" ? code(rule.Next) : "",
    ]);
    const fallback =
      typeof fields.Default === "string" ? [[code(name), "Default", "", code(fields.Default)]] : [];
    return [...rules, ...fallback];
  });
  return rows.length === 0 ? undefined : table(["State", "Rule", "Condition", "Next"], rows);
}
