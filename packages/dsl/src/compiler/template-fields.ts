import { AFTER_RESULT, BEFORE_RESULT, IN_CATCH } from "./render-jsonata.js";
import type { TemplateField } from "./render-template.js";

/** How each template field is evaluated (what `$` is, which `$states` exist). */
export const FIELD = Object.freeze({
  parameters: (name: "Parameters" | "Arguments"): TemplateField => ({
    name,
    dollar: "input",
    rebase: true,
    jsonata: BEFORE_RESULT,
  }),
  fromInput: (name: string): TemplateField => ({
    name,
    dollar: "input",
    rebase: true,
    jsonata: BEFORE_RESULT,
  }),
  resultSelector: {
    name: "ResultSelector",
    dollar: "result",
    rebase: false,
    jsonata: AFTER_RESULT,
  } satisfies TemplateField,
  /** Output and Assign of states with a result read `$states.result`; JSONPath Assign's `$` is the result. */
  afterResult: (name: string): TemplateField => ({
    name,
    dollar: "result",
    rebase: false,
    jsonata: AFTER_RESULT,
  }),
  catcher: (name: string): TemplateField => ({ name, dollar: "error", rebase: false, jsonata: IN_CATCH }),
  /** Paths written as literals (InputPath, ResultPath, OutputPath) are spelled as written. */
  literal: (name: string): TemplateField => ({
    name,
    dollar: "input",
    rebase: false,
    jsonata: BEFORE_RESULT,
  }),
});
