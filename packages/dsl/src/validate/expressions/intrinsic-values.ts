import {
  HASH_ALGORITHMS,
  INTRINSIC_FUNCTIONS,
  type IntrinsicCall,
  isIntrinsicFunctionName,
  splitFormatTemplate,
} from "../../asl/intrinsic.js";
import { hasPlaceholder, quote } from "../json/json-value.js";
import { type Site, type WalkContext, whereOf } from "../schema/walk-context.js";
import { didYouMean } from "../suggest.js";
import { checkPathText } from "./path-values.js";

/**
 * An intrinsic function call in a `.$` field. A call that does not parse, or names no function, is not "a valid
 * JSONPath or intrinsic function" and CreateStateMachine refuses it. Arity and States.Format placeholders are
 * only known to fail when the call runs (States.IntrinsicFailure); AWS does not document checking them at
 * creation, so we claim the weaker kind for those.
 * https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html
 */
export function checkIntrinsicText(
  text: string,
  site: Site,
  walk: WalkContext,
  allowed?: ReadonlySet<string>,
): void {
  if (hasPlaceholder(text)) return;
  const parsed = walk.cache.intrinsic(text);
  if (!parsed.ok) {
    walk.report.refused(
      whereOf(site),
      "intrinsic",
      `${quote(text)} is not a valid intrinsic function call: ${parsed.message} (at character ${parsed.position + 1}).`,
      "Write a call such as States.Format('Hello {}', $.name); quote strings with ' and escape ' { } \\ with \\.",
    );
    return;
  }
  checkCall(parsed.call, site, walk, allowed);
}

function checkCall(call: IntrinsicCall, site: Site, walk: WalkContext, allowed?: ReadonlySet<string>): void {
  if (!isIntrinsicFunctionName(call.name)) {
    walk.report.refused(
      whereOf(site),
      "intrinsic",
      `${call.name} is not an intrinsic function.`,
      didYouMean(
        call.name,
        Object.keys(INTRINSIC_FUNCTIONS),
        "See the list of States.* intrinsic functions in the AWS docs.",
      ),
    );
  } else if (allowed && !allowed.has(call.name)) {
    walk.report.refused(
      whereOf(site),
      "intrinsic",
      `${call.name} cannot be used here.`,
      `Use one of ${[...allowed].join(", ")}, or a Reference Path.`,
    );
  } else {
    const { min, max } = INTRINSIC_FUNCTIONS[call.name];
    const count = call.args.length;
    if (count < min || count > max) {
      const expected =
        min === max ? `${min}` : max === Number.POSITIVE_INFINITY ? `at least ${min}` : `${min} to ${max}`;
      walk.report.atRunTime(
        whereOf(site),
        "intrinsic",
        `${call.name} takes ${expected} argument${expected === "1" ? "" : "s"}, but is given ${count}; the call fails with States.IntrinsicFailure.`,
        `Pass ${expected} argument${expected === "1" ? "" : "s"} to ${call.name}.`,
      );
    } else if (call.name === "States.Format") checkFormat(call, site, walk);
    else checkLiteralArguments(call, site, walk);
  }
  for (const argument of call.args) {
    if (argument.kind === "call") checkCall(argument.call, site, walk);
    else if (argument.kind === "path") checkPathText(argument.path, "path", site, walk);
  }
}

function checkFormat(call: IntrinsicCall, site: Site, walk: WalkContext): void {
  const [template, ...values] = call.args;
  if (template?.kind !== "string") return;
  const placeholders = splitFormatTemplate(template.raw).length - 1;
  if (placeholders !== values.length) {
    walk.report.atRunTime(
      whereOf(site),
      "intrinsic",
      `States.Format's template has ${placeholders} {} placeholder${placeholders === 1 ? "" : "s"} but ${values.length} value${values.length === 1 ? " follows" : "s follow"} it; the call fails with States.IntrinsicFailure.`,
      "Give one value after the template for each {} (write \\{ \\} for literal braces).",
    );
  }
}

/**
 * Literal arguments the docs rule out: States.Hash takes "any of the following algorithms: MD5, SHA-1, SHA-256,
 * SHA-384, SHA-512", and States.JsonMerge supports "only the shallow merging mode; therefore, you must specify
 * the boolean value as false". The call fails with States.IntrinsicFailure when it runs.
 */
function checkLiteralArguments(call: IntrinsicCall, site: Site, walk: WalkContext): void {
  const [, second, third] = call.args;
  if (
    call.name === "States.Hash" &&
    second?.kind === "string" &&
    !(HASH_ALGORITHMS as readonly string[]).includes(second.value)
  ) {
    walk.report.atRunTime(
      whereOf(site),
      "intrinsic",
      `States.Hash has no algorithm ${quote(second.value)}; the call fails with States.IntrinsicFailure.`,
      didYouMean(second.value, HASH_ALGORITHMS, `Use one of ${HASH_ALGORITHMS.join(", ")}.`),
    );
  }
  if (call.name === "States.JsonMerge" && third?.kind === "boolean" && third.value) {
    walk.report.atRunTime(
      whereOf(site),
      "intrinsic",
      "States.JsonMerge only merges shallowly, so its third argument must be false; the call fails with States.IntrinsicFailure.",
      "Pass false, and merge nested objects in a further States.JsonMerge call.",
    );
  }
}
