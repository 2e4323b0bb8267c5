import { AFTER_RESULT, BEFORE_RESULT, IN_CATCH } from "./render-jsonata.js";
import type { TemplateField } from "./render-template.js";

const fromInput = (name: string): TemplateField =>
  Object.freeze({ name, dollar: "input", rebase: true, jsonata: BEFORE_RESULT });
/** Output and Assign of states with a result read `$states.result`; JSONPath Assign's `$` is the result. */
const afterResult = (name: string): TemplateField =>
  Object.freeze({ name, dollar: "result", rebase: false, jsonata: AFTER_RESULT });

/** How each template field is evaluated (what `$` is, which `$states` exist); fixed names are made once. */
export const FIELD = Object.freeze({
  fromInput,
  afterResult,
  catcher: (name: string): TemplateField => ({ name, dollar: "error", rebase: false, jsonata: IN_CATCH }),
  parameters: fromInput("Parameters"),
  arguments: fromInput("Arguments"),
  credentials: fromInput("Credentials"),
  outputFromInput: fromInput("Output"),
  assignFromInput: fromInput("Assign"),
  outputAfterResult: afterResult("Output"),
  assignAfterResult: afterResult("Assign"),
  resultSelector: afterResult("ResultSelector"),
  /** A Pass's Result is spelled as written. */
  result: Object.freeze<TemplateField>({
    name: "Result",
    dollar: "input",
    rebase: false,
    jsonata: BEFORE_RESULT,
  }),
});
