import { parseJsonPath } from "../../asl/json-path.js";
import type { JsonValue } from "../../asl/types.js";
import { hasPlaceholder, isJsonObject } from "../json/json-value.js";
import { locate } from "../model/locate.js";
import type { Finding, FindingCode, Reporter, Where } from "../report.js";
import type { AslValidatorFinding } from "./run-asl-validator.js";

/**
 * Folds asl-validator's errors into ours. Our checks cover what its schema does, field by field, so most of
 * its errors are already explained by a finding of ours at the same place, which says it better (ajv's oneOf
 * reports "must match exactly one schema in oneOf" for any problem inside a state). What is left:
 * - errors we know to be asl-validator's alone, dropped (AWS accepts these, so reporting them as refusals
 *   would be false): values holding a `${Placeholder}` definition substitution; values inside payload and
 *   JSONata templates (its templates reject "" and multi-line strings, nested arrays, and JSONata without
 *   spaces inside the braces or over several lines); Resource values, whose ARN rule we apply ourselves with
 *   every AWS partition; a ResultWriter's Resource when it has a WriterConfig (AWS makes it optional then).
 * - anything else: reported as it says, with the state and field named and the kind "refused-by-aws", since
 *   its schema and checks describe what CreateStateMachine accepts.
 */
const TEMPLATE_FIELDS = new Set([
  "Parameters",
  "ResultSelector",
  "ItemSelector",
  "Assign",
  "Arguments",
  "Output",
  "Credentials",
  "BatchInput",
  "Items",
]);

/** asl-validator codes whose message names a state, and the finding of ours that covers each. */
const EXPLAINED_BY: Readonly<Record<string, FindingCode>> = {
  MISSING_TERMINAL_STATE: "no-terminal",
  DUPLICATE_STATE_NAMES: "duplicate-name",
  BRANCH_OUTBOUND_TRANSITION_TARGET: "missing-target",
  MAP_OUTBOUND_TRANSITION_TARGET: "missing-target",
};

export function translateAslValidator(
  errors: readonly AslValidatorFinding[],
  data: JsonValue,
  report: Reporter,
): void {
  const ours = report.findings.filter((finding) => finding.diagnostic.severity === "error");
  const explainedStates = new Set<string | null>();
  const noise: AslValidatorFinding[] = [];
  const unexplained: AslValidatorFinding[] = [];
  for (const error of errors) {
    if (error.segments && isEnumNoise(error, error.segments)) noise.push(error);
    else if (
      error.segments
        ? schemaErrorExplained(error, error.segments, data, ours)
        : checkErrorExplained(error, ours)
    ) {
      if (error.segments) explainedStates.add(locate(error.segments).state);
    } else unexplained.push(error);
  }
  // ajv tries every state type's schema and reports each failed Type/QueryLanguage enum beside the real
  // error: noise whenever the real one was found (by us or by asl-validator) in the same state.
  for (const error of noise) {
    const state = locate(error.segments ?? []).state;
    const found =
      explainedStates.has(state) ||
      ours.some(
        (finding) => finding.diagnostic.state === state || finding.diagnostic.field === "QueryLanguage",
      ) ||
      unexplained.some((other) => other.segments && locate(other.segments).state === state);
    if (!found) unexplained.push(error);
  }
  const seen = new Set<string>();
  for (const error of unexplained) {
    const where = error.segments ? locate(error.segments) : stateNamedIn(error.message);
    const key = `${where.state}\u0000${where.field}\u0000${error.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    report.refused(
      where,
      "asl-validator",
      humanize(error, where),
      "Compare it with the Amazon States Language reference for this state type.",
    );
  }
}

/**
 * Type and QueryLanguage errors that only echo another problem: ajv's failed attempts at the other state types,
 * and the QueryLanguage asl-validator itself copies from a bad top-level value onto every state.
 */
function isEnumNoise(error: AslValidatorFinding, segments: readonly string[]): boolean {
  const last = innerSegments(segments).at(-1);
  return (last === "Type" && error.message.includes("allowed values")) || last === "QueryLanguage";
}

const PATH_FORMAT = /must match format "asl_(path|ref_path|result_path)"/;

/** Messages about an object's shape as a whole, which ajv repeats for each branch of a oneOf it tried. */
const STRUCTURAL =
  /oneOf|required property|additional properties|allowed values|must match "then"|must match "else"/;

function schemaErrorExplained(
  error: AslValidatorFinding,
  segments: readonly string[],
  data: JsonValue,
  ours: readonly Finding[],
): boolean {
  const value = valueAt(data, segments);
  if (typeof value === "string" && hasPlaceholder(value)) return true;
  const where = locate(segments);
  const inner = innerSegments(segments);
  if (inner.some((segment) => TEMPLATE_FIELDS.has(segment)) || inner.at(-1) === "Resource") return true;
  // AWS accepts a ResultWriter with only a WriterConfig (results stay in the output); its schema wants Resource.
  if (inner.at(-1) === "ResultWriter" && isJsonObject(value) && "WriterConfig" in value) {
    if (error.message.includes("required property 'Resource'")) return true;
  }
  // Its JSONata string patterns want "{% " and " %}" with spaces and a non-empty single line; we parse
  // JSONata ourselves and judge literal strings by their field.
  if (typeof value === "string" && (value.startsWith("{%") || languageOf(data, segments) === "JSONata"))
    return true;
  // Its path formats are narrower than Jayway's (no `$.[0]` or `$.['a b']`, which AWS's paths page writes,
  // no `.85` or `!=` in a filter); we parse every path field ourselves, kind included (Reference Path,
  // ResultPath), and report what we refuse there. Path functions (`.length()`) it alone refuses.
  if (typeof value === "string" && PATH_FORMAT.test(error.message) && parsesWithoutFunctions(value))
    return true;
  // AWS takes a fraction (the Map Run APIs type it as a float); our schema checks the 0-100 range.
  if (inner.at(-1) === "ToleratedFailurePercentage" && /must be integer/.test(error.message)) return true;
  const onState = ours.filter((finding) => finding.diagnostic.state === where.state);
  // A shape error inside a state comes with ajv's attempts at every other state type and query language;
  // once we found the state's real problem, those are noise.
  if (STRUCTURAL.test(error.message) && onState.length > 0) return true;
  return onState.some((finding) => related(finding.diagnostic.field, where.field));
}

function parsesWithoutFunctions(text: string): boolean {
  const parsed = parseJsonPath(text);
  return parsed.ok && parsed.path.legs.every((leg) => leg.kind !== "function");
}

/** The QueryLanguage of the state that holds the value (asl-validator has written it on every state). */
function languageOf(data: JsonValue, segments: readonly string[]): JsonValue | undefined {
  const at = segments.lastIndexOf("States");
  if (at < 0 || at + 1 >= segments.length) return undefined;
  const state = valueAt(data, segments.slice(0, at + 2));
  return isJsonObject(state) ? state.QueryLanguage : undefined;
}

function checkErrorExplained(error: AslValidatorFinding, ours: readonly Finding[]): boolean {
  // We find fields that collide once ".$" is stripped ourselves; its check counts keys in a plain object,
  // so a template field named `constructor` or `toString` collides with Object's own.
  if (error.code === "DUPLICATE_FIELD_NAME") return true;
  const subject = /: (.*)$/.exec(error.message)?.[1];
  const code = EXPLAINED_BY[error.code];
  if (code)
    return ours.some(
      (finding) => finding.code === code && (code === "no-terminal" || finding.subject === subject),
    );
  if (error.code === "MISSING_TRANSITION_TARGET") {
    // Its reachability is naive (named by any StartAt/Next/Default anywhere): a broken transition of ours
    // (missing target, or a StartAt/Next/Default that is not a usable name) explains both of its messages.
    const unreachable = /^State (.+) is not reachable$/.exec(error.message)?.[1];
    return ours.some(
      (finding) =>
        (finding.code === "unreachable" && finding.diagnostic.state === unreachable) ||
        (finding.code === "missing-target" && (unreachable !== undefined || finding.subject === subject)) ||
        /(^|\.)(StartAt|Next|Default)$/.test(finding.diagnostic.field ?? ""),
    );
  }
  // The "State "X" MUST contain …" family of exclusive-field rules.
  const state = stateNamedIn(error.message).state;
  return ours.some(
    (finding) =>
      finding.diagnostic.state === state && (finding.code === "exclusive" || finding.code === "shape"),
  );
}

/** Field paths related when one contains the other (or one is the whole state). */
function related(ours: string | null, theirs: string | null): boolean {
  if (ours === null || theirs === null || ours === theirs) return true;
  const within = (long: string, short: string) =>
    long.startsWith(`${short}.`) || long.startsWith(`${short}[`);
  return within(ours, theirs) || within(theirs, ours);
}

/** The segments inside the innermost state (after its `States/<name>`). */
function innerSegments(segments: readonly string[]): readonly string[] {
  const at = segments.lastIndexOf("States");
  return at >= 0 && at + 1 < segments.length ? segments.slice(at + 2) : segments;
}

function valueAt(data: JsonValue, segments: readonly string[]): JsonValue | undefined {
  let value: JsonValue | undefined = data;
  for (const segment of segments) {
    if (Array.isArray(value)) value = value[Number(segment)];
    else if (isJsonObject(value) && Object.hasOwn(value, segment)) value = value[segment];
    else return undefined;
  }
  return value;
}

function stateNamedIn(message: string): Where {
  const state = /State "([^"]+)"/.exec(message)?.[1] ?? /^State (.+) is not reachable$/.exec(message)?.[1];
  return { state: state ?? null, field: null };
}

const PHRASES: readonly [RegExp, string][] = [
  [/must have required property '([^']+)'/, "must have $1"],
  [/must match format "asl_path"/, "is not a valid JSONPath"],
  [/must match format "asl_ref_path"/, "is not a valid Reference Path (one node, no functions)"],
  [
    /must match format "asl_result_path"/,
    "is not a valid ResultPath (a Reference Path into the input, no variables)",
  ],
  [/must match format "asl_payload_template"/, "is not a valid path or intrinsic call"],
  [/must match format "date-time"/, "is not an RFC 3339 timestamp"],
  [/must match exactly one schema in oneOf/, "has none of the forms allowed here"],
  [/must NOT have additional properties/, "has a field that does not belong here"],
  [/must be equal to one of the allowed values/, "has a value that is not allowed here"],
];

function humanize(error: AslValidatorFinding, where: Where): string {
  const subject = where.field ?? (where.state === null ? "The definition" : "This state");
  const detail = error.message.replace(/^\S* ?is invalid\. /, "");
  const match = PHRASES.find(([pattern]) => pattern.test(detail));
  if (!match) return `asl-validator: ${detail}`;
  return `${subject} ${detail.replace(new RegExp(`^.*${match[0].source}.*$`), match[1])} (asl-validator: ${detail}).`;
}
