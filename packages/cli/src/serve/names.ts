import { AwsError } from "./protocol/aws-error.js";

/**
 * State machine and execution names: 1–80 characters, without whitespace, brackets `< > { } [ ]`, wildcards
 * `? *`, the characters `" # % \ ^ | ~ ` $ & , ; : /` or control characters.
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_CreateStateMachine.html
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this rule refuses.
const FORBIDDEN = /[\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]/;

export function checkName(name: string, what: "state machine" | "execution"): void {
  if (name.length === 0 || name.length > 80 || FORBIDDEN.test(name)) {
    throw new AwsError(
      "InvalidName",
      `Invalid Name: '${name}' (a ${what} name has 1 to 80 characters, none of them whitespace, < > { } [ ] ? * " # % \\ ^ | ~ \` $ & , ; : / or control characters)`,
    );
  }
}
