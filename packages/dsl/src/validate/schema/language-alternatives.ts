import type { QueryLanguage } from "../../asl/types.js";

/**
 * What to write instead of a field that belongs to the other query language. JSONata states replace the five
 * JSONPath fields with Arguments and Output and take `{% %}` expressions in the value fields themselves.
 * https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html
 */
const IN_JSONATA: Readonly<Record<string, string>> = {
  InputPath: 'read the input in Arguments or Output as "{% $states.input.… %}"',
  Parameters: "use Arguments",
  ResultSelector: 'use Output with "{% $states.result.… %}"',
  ResultPath: 'use Output (or Assign) to combine "{% $states.input %}" and "{% $states.result %}"',
  OutputPath: "use Output",
  ItemsPath: 'use Items: "{% $states.input.… %}"',
  Variable: 'use Condition: "{% … %}"',
};
const IN_JSONPATH: Readonly<Record<string, string>> = {
  Arguments: "use Parameters (keys ending in .$ take paths)",
  Output: "use ResultSelector, ResultPath and OutputPath",
  Condition: "use Variable with a comparison operator such as StringEquals",
  Items: "use ItemsPath",
};

export function alternativeFor(fieldName: string, stateLanguage: QueryLanguage): string {
  const table = stateLanguage === "JSONata" ? IN_JSONATA : IN_JSONPATH;
  const other = stateLanguage === "JSONata" ? "JSONPath" : "JSONata";
  const replacement = Object.hasOwn(table, fieldName) ? table[fieldName] : undefined;
  if (replacement)
    return `In a ${stateLanguage} state, ${replacement}; or set "QueryLanguage": "${other}" on the state.`;
  if (fieldName.endsWith("Path") && stateLanguage === "JSONata") {
    return `Use ${fieldName.slice(0, -4)} with a "{% … %}" expression, or set "QueryLanguage": "JSONPath" on the state.`;
  }
  return `Remove ${fieldName}, or set "QueryLanguage": "${other}" on the state.`;
}
