import { type JsonPathLeg, type ParsedJsonPath, parseJsonPath } from "@statesmith/dsl";
import { isJsonObject, type JsonObject, type JsonValue, setField } from "../util/json.js";
import { compileLegs } from "./evaluate-legs.js";
import { MISSING, type Missing, type PathData } from "./path-data.js";
import { PATH_FUNCTIONS } from "./path-functions.js";

/** A JSONPath compiled once per definition into a getter; reading it is the interpreter's hot path. */
export interface CompiledPath {
  readonly text: string;
  readonly parsed: ParsedJsonPath;
  /** Jayway's normalized spelling (`$['a'][0]`), which AWS quotes in "No results for path" errors. */
  readonly normalized: string;
  /** Picks the root (`$`, `$$` or `$name`) from `data` and follows the path. */
  read(data: PathData): JsonValue | Missing;
}

export class PathSyntaxError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    readonly position: number,
  ) {
    super(`Invalid JSONPath '${path}': ${reason} (at character ${position + 1})`);
    this.name = "PathSyntaxError";
  }
}

export function compilePath(text: string): CompiledPath {
  const parsed = parseJsonPath(text);
  if (!parsed.ok) throw new PathSyntaxError(text, parsed.message, parsed.position);
  const path = parsed.path;
  const select = compileSelector(path.legs);
  const root = path.root;
  const read: (data: PathData) => JsonValue | Missing =
    root.kind === "input"
      ? (data) => select(data.input)
      : root.kind === "context"
        ? (data) => select(data.context())
        : (data) => {
            const value = data.variable(root.name);
            return value === MISSING ? MISSING : select(value);
          };
  return Object.freeze({ text, parsed: path, normalized: normalize(path), read });
}

/** Compiles legs into a function of the root value. */
function compileSelector(legs: readonly JsonPathLeg[]): (value: JsonValue) => JsonValue | Missing {
  const last = legs[legs.length - 1];
  if (last?.kind === "function") {
    const before = compileSelector(legs.slice(0, -1));
    const apply = PATH_FUNCTIONS[last.name];
    return (value) => {
      const selected = before(value);
      return selected === MISSING ? MISSING : apply(selected);
    };
  }
  if (last?.kind === "union" && last.members.every((member) => typeof member === "string")) {
    return compileMerge(legs.slice(0, -1), last.members as readonly string[]);
  }
  if (legs.every((leg) => leg.kind === "member" || leg.kind === "index")) return compileReference(legs);
  const evaluate = compileLegs(legs);
  return (value) => evaluate([value], value);
}

/**
 * Several names in brackets as the last leg (`$['a','b']`) make one object of those fields, as Jayway does
 * ("multi-property merge"): the path stays definite when the legs before it are, so `{ a, b }` comes back
 * itself, not in a list. Names the node lacks are left out.
 */
function compileMerge(
  before: readonly JsonPathLeg[],
  names: readonly string[],
): (value: JsonValue) => JsonValue | Missing {
  const merge = (node: JsonValue): JsonObject => {
    const merged: JsonObject = {};
    for (const name of names)
      if (isJsonObject(node) && Object.hasOwn(node, name)) setField(merged, name, node[name]!);
    return merged;
  };
  if (before.every((leg) => leg.kind === "member" || leg.kind === "index")) {
    const parent = compileReference(before);
    return (value) => {
      const node = parent(value);
      return node === MISSING || !isJsonObject(node) ? MISSING : merge(node);
    };
  }
  const evaluate = compileLegs(before);
  return (value) => evaluate([value], value).filter(isJsonObject).map(merge);
}

type Step = string | number;

/** Reference paths (members and indexes only) become straight-line getters, specialised for short paths. */
function compileReference(legs: readonly JsonPathLeg[]): (value: JsonValue) => JsonValue | Missing {
  const steps: Step[] = legs.map((leg) =>
    leg.kind === "member" ? leg.name : (leg as { index: number }).index,
  );
  if (steps.length === 0) return (value) => value;
  if (steps.length === 1) {
    const only = steps[0]!;
    return (value) => step(value, only);
  }
  if (steps.length === 2) {
    const [first, second] = steps as [Step, Step];
    return (value) => {
      const middle = step(value, first);
      return middle === MISSING ? MISSING : step(middle, second);
    };
  }
  return (value) => {
    let current: JsonValue | Missing = value;
    for (const next of steps) {
      current = step(current, next);
      if (current === MISSING) return MISSING;
    }
    return current;
  };
}

function step(value: JsonValue, next: Step): JsonValue | Missing {
  if (typeof next === "string") {
    return isJsonObject(value) && Object.hasOwn(value, next) ? value[next]! : MISSING;
  }
  if (!Array.isArray(value)) return MISSING;
  const index = next < 0 ? value.length + next : next;
  return index >= 0 && index < value.length ? value[index]! : MISSING;
}

function normalize(path: ParsedJsonPath): string {
  const root = path.root.kind === "input" ? "$" : path.root.kind === "context" ? "$$" : `$${path.root.name}`;
  return (
    root +
    path.legs
      .map((leg) => {
        switch (leg.kind) {
          case "member":
            return `['${leg.name}']`;
          case "index":
            return `[${leg.index}]`;
          default:
            return "";
        }
      })
      .join("")
  );
}
