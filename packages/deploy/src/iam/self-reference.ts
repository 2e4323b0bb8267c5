import type { FieldValue } from "./task-arguments.js";

/**
 * The context object's `StateMachine.Id` is the ARN of the machine that is running — the one being deployed.
 * A definition that starts itself (e.g. the circuit breaker's cooldown timer) names it so, because its own
 * ARN does not exist before deploy. Recognizing it lets IAM name this machine instead of granting `*`.
 * https://docs.aws.amazon.com/step-functions/latest/dg/input-output-contextobject.html
 */
const SELF_EXPRESSIONS: readonly RegExp[] = [
  // JSONata: `"StateMachineArn": "{% $states.context.StateMachine.Id %}"`.
  /^\{%\s*\$states\.context\.StateMachine\.Id\s*%\}$/,
  // JSONPath: `"StateMachineArn.$": "$$.StateMachine.Id"`.
  /^\$\$\.StateMachine\.Id$/,
];

/** True when a field is exactly the running machine's own ARN, in either query language. */
export function isOwnStateMachineArn(field: FieldValue): boolean {
  if (field.kind !== "dynamic") return false;
  const expression = field.expression.trim();
  return SELF_EXPRESSIONS.some((pattern) => pattern.test(expression));
}
